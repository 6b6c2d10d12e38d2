/**
 * mdast → sanitized HTML, through the unified/rehype family only. Raw HTML in
 * a guide is parsed (so `<details>` works) and then sanitized with GitHub's
 * schema: scripts, frames, event handlers and `javascript:` links never reach
 * the page. What is left is made offline: nothing may point at the network.
 * Math is typeset by KaTeX, offline, with the fonts of the katex package.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Element, Root as HastRoot} from 'hast'
import type {Root, RootContent} from 'mdast'
import rehypeHighlight from 'rehype-highlight'
import rehypeKatex from 'rehype-katex'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit, SKIP} from 'unist-util-visit'
import {trailingMarkdown} from '../model/details.js'
import {parseMarkdown} from '../input/parse.js'
import {resolveFile} from '../input/read.js'

export interface HtmlOptions {
  /** Folder that relative links and images in the markdown are relative to. */
  baseDir: string
  /** The run's rendered HTML; without one, nothing is remembered. */
  cache?: HtmlCache
}

const remote = /^(?:[a-z][a-z\d+.-]*:)?\/\//i
const hasScheme = /^[a-z][a-z\d+.-]*:/i

function decode(href: string): string {
  try {
    return decodeURI(href)
  } catch {
    return href
  }
}

/** An image the page and the --html copies may load: its real path inside the content folder, a regular file. */
export function readableImage(file: string, folder: string): boolean {
  try {
    resolveFile(file, {folders: [folder]})
    return true
  } catch {
    return false
  }
}

/**
 * Images load only from the content folder (by their real paths): a remote, absolute or missing one
 * becomes its alt text, so the reader gets its words instead of a broken icon. Links to other local files (sibling chapters that may not
 * exist) become plain text; web links stay clickable in the PDF.
 */
function rehypeOffline(options: HtmlOptions) {
  const root = path.resolve(options.baseDir)
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return
      const href = String(node.properties.href ?? node.properties.src ?? '')
      if (node.tagName === 'img') {
        const file = path.resolve(root, decode(href))
        if (!href || remote.test(href) || hasScheme.test(href) || !readableImage(file, root)) {
          parent.children[index] = {type: 'text', value: String(node.properties.alt ?? '')}
          return SKIP
        }
        node.properties.src = pathToFileURL(file).href
      } else if (node.tagName === 'a' && href && !href.startsWith('#') && !hasScheme.test(href) && !remote.test(href)) {
        parent.children.splice(index, 1, ...node.children)
        return [SKIP, index]
      }
      return undefined
    })
  }
}

/** Mark bold pseudo-headings (`**Key Questions:**`) so styles can set them as labels. */
function rehypeLabels() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return
      const [first, ...rest] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
      const onlyColon = rest.every((child) => child.type === 'text' && child.value.trim() === ':')
      if (first?.type === 'element' && first.tagName === 'strong' && onlyColon) node.properties.className = ['label']
    })
  }
}

const schema = {
  ...defaultSchema,
  // A dropped <style> or <script> takes its contents with it, instead of leaving them as text.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  // Print needs no form controls but the task-list tick boxes GitHub's schema allows.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !['picture', 'source'].includes(name)),
}

function processor(options: HtmlOptions) {
  return (
    unified()
      .use(remarkRehype, {allowDangerousHtml: true})
      .use(rehypeRaw)
      .use(rehypeSanitize, schema)
      // Code in a named language is highlighted, offline; the theme colours the classes (base.css).
      .use(rehypeHighlight, {detect: false})
      // After sanitizing: KaTeX's markup is ours, made from the math source alone.
      .use(rehypeKatex, {strict: false, output: 'html'})
      .use(rehypeOffline, options)
      .use(rehypeLabels)
      .use(rehypeStringify)
  )
}

/**
 * Markdown that follows a closed `<details>` in the same html block is the
 * guide's (the model reads it so), not raw HTML: it is rendered as markdown.
 * Returns new arrays; the model's nodes are shared and stay as they are.
 */
function splitDetailsTails(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'html') {
      const split = trailingMarkdown(node.value)
      return split
        ? [{...node, value: split.html}, ...splitDetailsTails(parseMarkdown(split.markdown).children)]
        : [node]
    }
    if (node.type === 'listItem' || node.type === 'blockquote' || node.type === 'list') {
      return [{...node, children: splitDetailsTails(node.children) as never}]
    }
    return [node]
  })
}

/**
 * The same nodes are rendered again and again: a section in each of 16
 * packs, an answer on its card and in the Anki deck. Model nodes are never
 * changed once parsed, so the identity of the nodes (and the folder their
 * links are relative to) keys the HTML. New nodes made on the fly get new ids
 * and simply miss. A run owns one cache (see run/context.ts).
 */
export interface HtmlCache {
  processors: Map<string, ReturnType<typeof processor>>
  ids: WeakMap<object, number>
  rendered: Map<string, string>
  lastId: number
}

export const createHtmlCache = (): HtmlCache => ({
  processors: new Map(),
  ids: new WeakMap(),
  rendered: new Map(),
  lastId: 0,
})

const MAX_RENDERED = 20_000

function idOf(node: object, cache: HtmlCache): number {
  let id = cache.ids.get(node)
  if (id === undefined) cache.ids.set(node, (id = ++cache.lastId))
  return id
}

function render(nodes: RootContent[], baseDir: string, cache: HtmlCache): string {
  let pipeline = cache.processors.get(baseDir)
  if (!pipeline) cache.processors.set(baseDir, (pipeline = processor({baseDir})))
  const root: Root = {type: 'root', children: splitDetailsTails(nodes)}
  const hast = pipeline.runSync(root) as HastRoot
  return pipeline.stringify(hast)
}

export function toHtml(nodes: RootContent[], options: HtmlOptions): string {
  const baseDir = path.resolve(options.baseDir)
  const cache = options.cache ?? createHtmlCache()
  const key = `${baseDir}\0${nodes.map((node) => idOf(node, cache)).join(',')}`
  let html = cache.rendered.get(key)
  if (html === undefined) {
    if (cache.rendered.size >= MAX_RENDERED) cache.rendered.clear()
    cache.rendered.set(key, (html = render(nodes, baseDir, cache)))
  }
  return html
}
