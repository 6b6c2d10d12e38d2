/**
 * `<details>` blocks, split once at parse time. An html block runs to the
 * next blank line, so `<details><summary>Q</summary>answer</details>` and the
 * markdown after a closing `</details>` arrive as one raw `html` node whose
 * inner text the markdown parser never saw. This remark plugin cuts such a
 * node at its `<details>`, `<summary>…</summary>` and `</details>` tags: each
 * tag stays an `html` node, and the text between them is parsed as the
 * markdown it is, with its positions where it sits in the file. The model
 * (src/model/details.ts) and the renderer then read plain mdast.
 */
import type {Html, Nodes, Parent, Root, RootContent} from 'mdast'
import type {Point} from 'unist'
import {SKIP, visit} from 'unist-util-visit'

const TAGS = /<\/?details\b[^>]*>|<summary\b[^>]*>[\s\S]*?<\/summary>/gi
const HAS_DETAILS = /<\/?details\b/i

export interface DetailsOptions {
  /** Markdown → mdast, as the rest of the guide is parsed (without this plugin's own run). */
  parse: (text: string) => Root
}

/** The point `index` characters into the value of a node that starts at `start`. */
function pointAt(value: string, index: number, start: Point): Point {
  const before = value.slice(0, index)
  const newlines = before.split('\n').length - 1
  const lineStart = before.lastIndexOf('\n') + 1
  const column = newlines === 0 ? start.column + index : start.column + (index - lineStart)
  return {line: start.line + newlines, column, offset: (start.offset ?? 0) + index}
}

/** Move a parsed piece's positions to where the piece sits in the file. */
function shiftTo(tree: Root, at: Point, indent: number): RootContent[] {
  visit(tree, (node: Nodes) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue
      point.column = point.line === 1 ? point.column + at.column - 1 : point.column + indent
      point.line += at.line - 1
      if (point.offset !== undefined) point.offset += at.offset ?? 0
    }
  })
  return tree.children.filter((node) => node.type !== 'yaml')
}

/** The tag `value.slice(from, to)` as an html node of its own. */
function htmlAt(value: string, from: number, to: number, start: Point): Html {
  const position = {start: pointAt(value, from, start), end: pointAt(value, to, start)}
  return {type: 'html', value: value.slice(from, to), position}
}

/** One html node → its tags as html nodes and the markdown between them as blocks. */
function splitDetailsNode(node: Html, parse: (text: string) => Root): RootContent[] {
  const start = node.position?.start
  if (!start) return [node]
  const {value} = node
  const out: RootContent[] = []
  let last = 0
  const text = (to: number) => {
    const piece = value.slice(last, to)
    if (piece.trim() === '') return
    // A piece that opens mid-line keeps its first line's column; later lines sit at the block's indent.
    out.push(...shiftTo(parse(piece), pointAt(value, last, start), start.column - 1))
  }
  for (const match of value.matchAll(TAGS)) {
    text(match.index)
    out.push(htmlAt(value, match.index, match.index + match[0].length, start))
    last = match.index + match[0].length
  }
  text(value.length)
  return out
}

export default function remarkDetails(options: DetailsOptions) {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !HAS_DETAILS.test(node.value)) return undefined
      // Inline html in a paragraph stays where it is: only blocks are split.
      if (!['root', 'listItem', 'blockquote', 'footnoteDefinition'].includes(parent.type)) return undefined
      const parts = splitDetailsNode(node, options.parse)
      if (parts.length === 1 && parts[0] === node) return undefined
      parent.children.splice(index, 1, ...(parts as never[]))
      return [SKIP, index + parts.length]
    })
  }
}
