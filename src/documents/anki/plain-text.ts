/**
 * HTML of a card field → plain text that reads well in a spreadsheet or a
 * flashcard app that shows no markup: paragraphs apart by a blank line, each
 * list item on its own line, code as its own lines (indented), a table as
 * `a | b` rows, an image as `[image: alt]`. The HTML is the printed cards'
 * (sanitized, `<details>` already split), so every guide layout is covered.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'

const BLOCKS = [
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'details',
  'summary',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'dl',
  'dt',
  'dd',
]

type Node = Root | RootContent | ElementContent

/** Inline text of a node: white space folded as a browser would (kept in code), images as their alt text. */
function inline(node: Node, pre = false): string {
  if (node.type === 'text') return pre ? node.value : node.value.replace(/[ \t\r\n\f]+/g, ' ')
  if (node.type !== 'element' && node.type !== 'root') return ''
  if (node.type === 'element') {
    if (node.tagName === 'img') return `[image: ${String(node.properties.alt ?? '').trim() || 'no description'}]`
    if (node.tagName === 'br') return '\n'
    if (node.tagName === 'input' && node.properties.type === 'checkbox')
      return node.properties.checked ? '[x] ' : '[ ] '
  }
  return node.children.map((child) => inline(child, pre)).join('')
}

/** Lines (only <br> makes one) trimmed, spaces folded. */
function fold(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
    .join('\n')
    .trim()
}

/** Code laid out as lines (render/code-lines.ts): each line's indentation is in its style; give it back as spaces. */
function codeLines(node: Element): string | null {
  const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
  const lines = (code ?? node).children.filter(
    (child): child is Element =>
      child.type === 'element' &&
      Array.isArray(child.properties.className) &&
      child.properties.className.includes('line'),
  )
  if (lines.length === 0) return null
  return lines
    .map((line) => {
      const indent = Number(/--indent:(\d+)ch/.exec(String(line.properties.style ?? ''))?.[1] ?? 0)
      return ' '.repeat(indent) + line.children.map((child) => inline(child, true)).join('')
    })
    .join('\n')
}

function codeText(node: Element): string {
  const text = (codeLines(node) ?? node.children.map((child) => inline(child, true)).join('')).replace(/\n+$/, '')
  return text
    .split('\n')
    .map((line) => `    ${line}`.trimEnd())
    .join('\n')
}

function tableRows(table: Element): string {
  const rows: string[] = []
  const walk = (node: Node) => {
    if (node.type !== 'element') return
    if (node.tagName === 'tr') {
      const cells = node.children.filter(
        (cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
      )
      rows.push(cells.map((cell) => fold(inline(cell)).replace(/\n/g, ' ')).join(' | '))
      return
    }
    node.children.forEach(walk)
  }
  walk(table)
  return rows.join('\n')
}

function listText(list: Element, depth: number): string {
  const ordered = list.tagName === 'ol'
  let number = Number(list.properties.start ?? 1)
  const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
  return items
    .map((item) => {
      const marker = ordered ? `${number++}.` : '-'
      const [first = '', ...rest] = blocks(item, depth + 1).split('\n')
      const pad = ' '.repeat(marker.length + 1)
      return [
        `${'  '.repeat(depth)}${marker} ${first.trimStart()}`,
        ...rest.map((line) => (line && !/^\s/.test(line) ? `${'  '.repeat(depth)}${pad}${line}` : line)),
      ].join('\n')
    })
    .join('\n')
}

/** Block structure: each block its own chunk; chunks of a list item stay tight, others have a blank line between. */
function blocks(node: Root | Element, depth = 0): string {
  const chunks: string[] = []
  let run: Node[] = []
  const flush = () => {
    const text = fold(run.map((child) => inline(child)).join(''))
    if (text) chunks.push(text)
    run = []
  }
  for (const child of node.children) {
    if (child.type !== 'element') {
      run.push(child)
      continue
    }
    const name = child.tagName
    if (name === 'ul' || name === 'ol')
      flush(), chunks.push(listText(child, node.type === 'element' && node.tagName === 'li' ? depth : 0))
    else if (name === 'pre') flush(), chunks.push(codeText(child))
    else if (name === 'table') flush(), chunks.push(tableRows(child))
    else if (BLOCKS.includes(name) || name === 'li') {
      flush()
      const text = blocks(child, depth)
      if (text) chunks.push(text)
    } else run.push(child)
  }
  flush()
  const tight = node.type === 'element' && node.tagName === 'li'
  return chunks.filter(Boolean).join(tight ? '\n' : '\n\n')
}

export function htmlToPlainText(html: string): string {
  const tree = unified().use(rehypeParse, {fragment: true}).parse(html) as Root
  return blocks(tree)
}
