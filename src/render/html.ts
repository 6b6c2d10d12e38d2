/**
 * mdast → sanitized HTML, through the unified/rehype family only. Raw HTML in
 * a guide is parsed (so `<details>` works) and then sanitized with GitHub's
 * schema: scripts, frames, event handlers and `javascript:` links never reach
 * the page. What is left is made offline: nothing may point at the network.
 * Math is typeset by KaTeX, offline, with the fonts of the katex package.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Element, Root as HastRoot} from 'hast'
import type {Root, RootContent} from 'mdast'
import rehypeKatex from 'rehype-katex'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit, SKIP} from 'unist-util-visit'

export interface HtmlOptions {
  /** Folder that relative links and images in the markdown are relative to. */
  baseDir: string
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

/**
 * Images load only from the content folder: a remote, absolute or missing one
 * becomes its alt text, so the reader gets its words instead of a broken icon. Links to other local files (sibling chapters that may not
 * exist) become plain text; web links stay clickable in the PDF.
 */
function rehypeOffline(options: HtmlOptions) {
  const root = path.resolve(options.baseDir)
  const inside = (file: string) => file === root || file.startsWith(root + path.sep)
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return
      const href = String(node.properties.href ?? node.properties.src ?? '')
      if (node.tagName === 'img') {
        const file = path.resolve(root, decode(href))
        if (!href || remote.test(href) || hasScheme.test(href) || !inside(file) || !existsSync(file)) {
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
  // Print needs no form controls but the task-list tick boxes GitHub's schema allows.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !['picture', 'source'].includes(name)),
}

function processor(options: HtmlOptions) {
  return (
    unified()
      .use(remarkRehype, {allowDangerousHtml: true})
      .use(rehypeRaw)
      .use(rehypeSanitize, schema)
      // After sanitizing: KaTeX's markup is ours, made from the math source alone.
      .use(rehypeKatex, {strict: false, output: 'html'})
      .use(rehypeOffline, options)
      .use(rehypeLabels)
      .use(rehypeStringify)
  )
}

const processors = new Map<string, ReturnType<typeof processor>>()

/**
 * The same nodes are rendered again and again: a section in each of 16
 * packs, an answer on its card and in the Anki deck. Model nodes are never
 * changed once parsed, so the identity of the nodes (and the folder their
 * links are relative to) keys the HTML. New nodes made on the fly get new ids
 * and simply miss; the cache is emptied when it grows large.
 */
const ids = new WeakMap<object, number>()
let lastId = 0
const rendered = new Map<string, string>()
const MAX_RENDERED = 20_000

function idOf(node: object): number {
  let id = ids.get(node)
  if (id === undefined) ids.set(node, (id = ++lastId))
  return id
}

/**
 * KaTeX reports what it cannot typeset well ("No character metrics for 'ü'
 * …") with console.warn, raw, once per formula. Those lines go to the run's
 * warnings instead: one line each, each message once per run. The runner may
 * route them through its reporter with setRenderWarnings.
 */
let warnSink: (line: string) => void = (line) => process.stderr.write(`warning: ${line}\n`)
const warned = new Set<string>()

export function setRenderWarnings(sink: (line: string) => void): void {
  warnSink = sink
}

const KATEX_WARNING = /^(No character metrics|LaTeX-incompatible input)/

function withKatexWarnings<T>(work: () => T): T {
  const original = console.warn
  console.warn = (...args: unknown[]) => {
    const line = args.map(String).join(' ')
    if (!KATEX_WARNING.test(line)) return original(...args)
    if (warned.has(line)) return
    warned.add(line)
    warnSink(`math: ${line.replace(/\s+/g, ' ')}`)
  }
  try {
    return work()
  } finally {
    console.warn = original
  }
}

function render(nodes: RootContent[], baseDir: string): string {
  let pipeline = processors.get(baseDir)
  if (!pipeline) processors.set(baseDir, (pipeline = processor({baseDir})))
  const root: Root = {type: 'root', children: nodes}
  return withKatexWarnings(() => pipeline.stringify(pipeline.runSync(root) as HastRoot))
}

export function toHtml(nodes: RootContent[], options: HtmlOptions): string {
  const baseDir = path.resolve(options.baseDir)
  const key = `${baseDir}\0${nodes.map(idOf).join(',')}`
  let html = rendered.get(key)
  if (html === undefined) {
    if (rendered.size >= MAX_RENDERED) rendered.clear()
    rendered.set(key, (html = render(nodes, baseDir)))
  }
  return html
}
