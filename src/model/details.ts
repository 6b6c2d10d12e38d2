/**
 * `<details><summary>…</summary>…</details>`: raw HTML arrives as mdast `html`
 * nodes. With blank lines inside, the markdown between the tags is already
 * mdast; without them, the whole block is one `html` node and its inner text is
 * markdown the parser has not seen yet, so it goes through parseMarkdown.
 */
import type {Html, RootContent} from 'mdast'
import {parseMarkdown} from '../input/parse.js'

export interface Details {
  type: 'details'
  summary: string
  body: RootContent[]
  node: Html
  /** The blocks it was read from, to hand on unchanged. */
  nodes: RootContent[]
}

/** Nested `<details>` beyond this depth stay raw HTML: a guide is not a zip bomb. */
const MAX_DEPTH = 6

const OPEN = /^\s*<details\b[^>]*>/i
const TAG = /<\/?details\b[^>]*>/gi

function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** The summary, and the text after it (markdown, maybe with the closing tag). */
function opening(value: string): {summary: string; rest: string} {
  const after = value.replace(OPEN, '')
  const summary = /^\s*<summary\b[^>]*>([\s\S]*?)<\/summary>/i.exec(after)
  if (!summary) return {summary: '', rest: after}
  return {summary: htmlText(summary[1] ?? ''), rest: after.slice(summary[0].length)}
}

/** Index of the `</details>` that closes the block, counting nested ones; -1 if none. */
function closing(text: string, open = 1): {index: number; open: number} {
  let depth = open
  for (const match of text.matchAll(TAG)) {
    depth += match[0][1] === '/' ? -1 : 1
    if (depth === 0) return {index: match.index, open: 0}
  }
  return {index: -1, open: depth}
}

function markdownBlocks(text: string): RootContent[] {
  return text.trim() ? parseMarkdown(text).children.filter((node) => node.type !== 'yaml') : []
}

/**
 * Group the blocks of a body: each `<details>` with the blocks it holds becomes
 * one Details; everything else passes through.
 */
export function groupDetails(blocks: RootContent[], depth = 0): Array<RootContent | Details> {
  const out: Array<RootContent | Details> = []
  for (let index = 0; index < blocks.length; index++) {
    const node = blocks[index]!
    if (node.type !== 'html' || depth >= MAX_DEPTH || !OPEN.test(node.value)) {
      out.push(node)
      continue
    }
    const {summary, rest} = opening(node.value)
    const inline = closing(rest)
    if (inline.index >= 0) {
      // Everything in one html node: its inner text is markdown not yet parsed.
      const tail = trailingMarkdown(node.value)
      const own: Html = tail ? {...node, value: tail.html} : node
      out.push({type: 'details', summary, body: markdownBlocks(rest.slice(0, inline.index)), node: own, nodes: [own]})
      // Text after the closing tag is the guide's (see trailingMarkdown).
      if (tail) out.push(...markdownBlocks(tail.markdown))
      continue
    }
    const body = markdownBlocks(rest)
    const from = index
    let open = inline.open
    while (++index < blocks.length) {
      const inner = blocks[index]!
      if (inner.type === 'html') {
        const close = closing(inner.value, open)
        if (close.index >= 0) {
          body.push(...markdownBlocks(inner.value.slice(0, close.index)))
          break
        }
        open = close.open
      }
      body.push(inner)
    }
    out.push({type: 'details', summary, body, node, nodes: blocks.slice(from, index + 1)})
  }
  return out
}

/**
 * An html block runs to the next blank line, so a closed `<details>` may have
 * the guide's own markdown after it in the same node: `</details>` then
 * `- next item`. Returns the two parts, or null when nothing follows.
 */
export function trailingMarkdown(value: string): {html: string; markdown: string} | null {
  if (!OPEN.test(value)) return null
  const {index} = closing(value.replace(OPEN, (tag) => ' '.repeat(tag.length)))
  if (index < 0) return null
  const end = value.indexOf('>', index) + 1
  const markdown = value.slice(end)
  return markdown.trim() ? {html: value.slice(0, end), markdown} : null
}

export function isDetails(block: RootContent | Details): block is Details {
  return block.type === 'details'
}
