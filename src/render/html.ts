/**
 * mdast → sanitized HTML, through the unified/rehype family only. Raw HTML in
 * a guide is parsed (so `<details>` works) and then sanitized with GitHub's
 * schema: scripts, frames, event handlers and `javascript:` links never reach
 * the page. What is left is made offline: nothing may point at the network.
 * Math is typeset by KaTeX, offline, with the fonts of the katex package.
 */
import {formatMessage, type Message, warning} from '../core/messages.js'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Element, Root as HastRoot} from 'hast'
import type {Root, RootContent} from 'mdast'
import rehypeHighlight from 'rehype-highlight'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit, EXIT, SKIP} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {imageSource} from '../input/image-source.js'
import {rehypeCodeLines} from './code-lines.js'
import {rehypeKatexOnce, type MathTrees} from './katex.js'
import {rehypeDisplayMath} from './display-math.js'
import {rehypeOpenDetails} from './details-open.js'
import {rehypeQuestionParagraphs} from './question-paragraphs.js'

export interface HtmlOptions {
  /** Folder that relative links and images in the markdown are relative to. */
  baseDir: string
  /** The run's rendered HTML; without one, nothing is remembered. */
  cache?: HtmlCache
}

const remote = /^(?:[a-z][a-z\d+.-]*:)?\/\//i
const hasScheme = /^[a-z][a-z\d+.-]*:/i

/**
 * Images load only from the content folder (input/image-source.ts): a remote,
 * outside or missing one becomes its alt text, so the reader gets its words
 * instead of a broken icon; the build warned of it when the guide was read.
 * Links to other local files (sibling chapters that may not exist) become
 * plain text; web links stay clickable in the PDF.
 */
function rehypeOffline(options: HtmlOptions) {
  const root = path.resolve(options.baseDir)
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return
      const href = String(node.properties.href ?? node.properties.src ?? '')
      if (node.tagName === 'img') {
        const source = imageSource(href, root)
        if (source.kind !== 'local') {
          parent.children[index] = {type: 'text', value: String(node.properties.alt ?? '')}
          return SKIP
        }
        node.properties.src = pathToFileURL(source.file).href
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

/**
 * Raw HTML is parsed only where there is some: rehype-raw re-parses the whole
 * tree through an HTML parser, which costs more than the rest of the
 * pipeline, and most fragments (a card's answer, a cheat-sheet line) have none.
 */
function rehypeRawWhereNeeded() {
  const parse = rehypeRaw()
  return (tree: HastRoot, file: VFile) => {
    let raw = false
    visit(tree, 'raw', () => {
      raw = true
      return EXIT
    })
    return raw ? parse(tree, file) : tree
  }
}

function processor(options: HtmlOptions, math: MathTrees) {
  return (
    unified()
      .use(remarkRehype, {allowDangerousHtml: true})
      .use(rehypeDisplayMath)
      .use(rehypeRawWhereNeeded)
      .use(rehypeSanitize, schema)
      // Code in a named language is highlighted, offline; the theme colours the classes (base.css).
      .use(rehypeHighlight, {detect: false})
      // After sanitizing: KaTeX's markup is ours, made from the math source alone.
      .use(rehypeKatexOnce, {settings: {strict: false, output: 'html'}, trees: math})
      .use(rehypeOffline, options)
      .use(rehypeLabels)
      .use(rehypeQuestionParagraphs)
      .use(rehypeOpenDetails)
      .use(rehypeCodeLines)
      // KaTeX's HTML is a raw node (katex.ts); sanitizing removed every other one.
      .use(rehypeStringify, {allowDangerousHtml: true})
  )
}

/**
 * The same nodes are rendered again and again: a section in each of 16
 * packs, an answer on its card and in the Anki deck. Model nodes are never
 * changed once parsed, so the identity of the nodes (and the folder their
 * links are relative to) keys the HTML; nodes made on the fly (a formula of
 * the cheat sheet, a piece of a card's answer) are found by what they say.
 * A run owns one cache (see run/context.ts).
 */
export interface HtmlCache {
  processors: Map<string, ReturnType<typeof processor>>
  /** Each formula typeset once (katex.ts). */
  math: MathTrees
  ids: WeakMap<object, number>
  rendered: Map<string, string>
  lastId: number
  /** Renderer warnings (KaTeX's) already given, and where they go: the run's reporter. */
  warned: Set<string>
  warn: (message: Message) => void
}

export const createHtmlCache = (): HtmlCache => ({
  processors: new Map(),
  math: new Map(),
  ids: new WeakMap(),
  rendered: new Map(),
  lastId: 0,
  warned: new Set(),
  warn: (message) => process.stderr.write(`warning: ${formatMessage(message)}\n`),
})

const MAX_RENDERED = 20_000

function idOf(node: object, cache: HtmlCache): number {
  let id = cache.ids.get(node)
  if (id === undefined) cache.ids.set(node, (id = ++cache.lastId))
  return id
}

/**
 * KaTeX reports what it cannot typeset well ("No character metrics for 'ü'
 * …") with console.warn, raw, once per formula. Those lines become the run's
 * warnings instead: one message each, each once per run (the cache is the
 * run's), through the cache's reporter.
 */
const KATEX_WARNING = /^(No character metrics|LaTeX-incompatible input)/

function withKatexWarnings<T>(cache: HtmlCache, work: () => T): T {
  const original = console.warn
  console.warn = (...args: unknown[]) => {
    const line = args.map(String).join(' ')
    if (!KATEX_WARNING.test(line)) return original(...args)
    if (cache.warned.has(line)) return
    cache.warned.add(line)
    cache.warn(warning(`math: ${line.replace(/\s+/g, ' ')}`, 'katex'))
  }
  try {
    return work()
  } finally {
    console.warn = original
  }
}

function render(nodes: RootContent[], baseDir: string, cache: HtmlCache): string {
  let pipeline = cache.processors.get(baseDir)
  if (!pipeline) cache.processors.set(baseDir, (pipeline = processor({baseDir}, cache.math)))
  const root: Root = {type: 'root', children: nodes}
  return withKatexWarnings(cache, () => pipeline.stringify(pipeline.runSync(root) as HastRoot))
}

/** What a fragment says, without where it was: nodes made afresh (a formula, a term's detail) find their twins. */
const contentKey = (baseDir: string, nodes: RootContent[]) =>
  `${baseDir}\0${JSON.stringify(nodes, (key, value) => (key === 'position' ? undefined : value))}`

export function toHtml(nodes: RootContent[], options: HtmlOptions): string {
  if (nodes.length === 0) return ''
  const baseDir = path.resolve(options.baseDir)
  const cache = options.cache ?? createHtmlCache()
  const key = `${baseDir}\0${nodes.map((node) => idOf(node, cache)).join(',')}`
  let html = cache.rendered.get(key)
  if (html === undefined) {
    if (cache.rendered.size >= MAX_RENDERED) cache.rendered.clear()
    const same = contentKey(baseDir, nodes)
    html = cache.rendered.get(same) ?? render(nodes, baseDir, cache)
    cache.rendered.set(same, html)
    cache.rendered.set(key, html)
  }
  return html
}
