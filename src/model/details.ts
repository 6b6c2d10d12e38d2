/**
 * `<details><summary>…</summary>…</details>`: the parser (src/input/details.ts)
 * has already cut every such block into its tags, as `html` nodes, and the
 * markdown between them, as mdast. This groups a run of blocks back into one
 * Details: its summary, the line the summary is on, and the blocks it holds.
 */
import type {Html, RootContent} from 'mdast'
import {htmlText} from './text.js'

export interface Details {
  type: 'details'
  summary: string
  /** The node the summary is in: where the question starts when the summary asks. */
  summaryNode: Html | null
  body: RootContent[]
  node: Html
  /** The blocks it was read from, to hand on unchanged. */
  nodes: RootContent[]
}

/** Nested `<details>` beyond this depth stay raw HTML: a guide is not a zip bomb. */
const MAX_DEPTH = 6

const OPEN = /^\s*<details\b[^>]*>/i
const TAG = /<\/?details\b[^>]*>/gi
const SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary>/i

/** How many `<details>` an html node opens (positive) or closes (negative). */
function balance(node: RootContent): number {
  if (node.type !== 'html') return 0
  let open = 0
  for (const match of node.value.matchAll(TAG)) open += match[0][1] === '/' ? -1 : 1
  return open
}

/** Filler between tags that says nothing: `<br>`, `<p>`, blank html. */
const isFiller = (node: RootContent) => node.type === 'html' && htmlText(node.value) === '' && !SUMMARY.test(node.value)

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
    const from = index
    let open = balance(node)
    let summary: string | undefined
    let summaryNode: Html | null = null
    const own = SUMMARY.exec(node.value)
    if (own) [summary, summaryNode] = [htmlText(own[1] ?? ''), node]
    const body: RootContent[] = []
    while (open > 0 && ++index < blocks.length) {
      const inner = blocks[index]!
      open += balance(inner)
      if (open <= 0) break
      const asks = inner.type === 'html' && open === 1 ? SUMMARY.exec(inner.value) : null
      if (asks && summary === undefined && body.every(isFiller)) {
        ;[summary, summaryNode] = [htmlText(asks[1] ?? ''), inner as Html]
        body.length = 0
        continue
      }
      body.push(inner)
    }
    const nodes = blocks.slice(from, index + 1)
    out.push({
      type: 'details',
      summary: summary ?? '',
      summaryNode,
      body: body.filter((b) => !isFiller(b)),
      node,
      nodes,
    })
  }
  return out
}

export function isDetails(block: RootContent | Details): block is Details {
  return block.type === 'details'
}
