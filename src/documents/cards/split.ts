/**
 * An answer too long for one card, even at the smallest legible size, is cut
 * into pieces that can end a card: sentences of a paragraph, items of a
 * list, lines of a code block, rows of a table (each piece of a table keeps
 * its header row, so a table continued on the next card has its header
 * again); other blocks stay whole. The browser
 * decides how many pieces fit each card (fit.ts); `join` glues the pieces of
 * one card back into ordinary blocks, so a paragraph cut in two reads as two
 * paragraphs, not as a heap of one-sentence ones.
 */
import type {Code, List, Paragraph, PhrasingContent, RootContent, Table} from 'mdast'

export type JoinKind = 'paragraph' | 'list' | 'code' | 'table'

export interface Piece {
  node: RootContent
  /** Pieces of the same source block share a group, and join when on one card. */
  group: number
  join: JoinKind | null
}

/** Words a piece of running text may hold before it is cut between words too. */
const MAX_WORDS = 45
/** Code is cut between lines; the browser finds how many fit. */
const CODE_LINES = 1
/** After a sentence's end, before the next one (not "e.g. x", not "3.5"). */
const SENTENCE_END = /(?<=[^\s.]{2}[.!?]["')\]]?)\s+(?=[A-Z0-9("'$*`[])/

function wordRuns(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length <= MAX_WORDS) return [text]
  const runs: string[] = []
  for (let start = 0; start < words.length; start += MAX_WORDS)
    runs.push(words.slice(start, start + MAX_WORDS).join(' '))
  return runs
}

/** Runs of phrasing content, each ending where a sentence does (or every MAX_WORDS words). */
function sentenceRuns(children: PhrasingContent[]): PhrasingContent[][] {
  const runs: PhrasingContent[][] = [[]]
  for (const child of children) {
    if (child.type !== 'text') {
      runs[runs.length - 1]!.push(child)
      continue
    }
    const sentences = child.value.split(SENTENCE_END).flatMap(wordRuns)
    sentences.forEach((sentence, index) => {
      if (index > 0) runs.push([])
      if (sentence) runs[runs.length - 1]!.push({type: 'text', value: sentence})
    })
  }
  return runs.filter((run) => run.length > 0)
}

export function piecesOf(blocks: RootContent[]): Piece[] {
  return blocks.flatMap((node, group): Piece[] => {
    if (node.type === 'paragraph') {
      const runs = sentenceRuns(node.children)
      if (runs.length < 2) return [{node, group, join: null}]
      return runs.map((children) => ({node: {type: 'paragraph', children}, group, join: 'paragraph'}))
    }
    if (node.type === 'list' && node.children.length > 1) {
      const start = node.start ?? 1
      return node.children.map((item, index) => ({
        node: {...node, start: start + index, children: [item]},
        group,
        join: 'list',
      }))
    }
    if (node.type === 'code' && node.value.split('\n').length > CODE_LINES) {
      const lines = node.value.split('\n')
      const chunks = Array.from({length: Math.ceil(lines.length / CODE_LINES)}, (_, i) =>
        lines.slice(i * CODE_LINES, (i + 1) * CODE_LINES).join('\n'),
      )
      return chunks.map((value) => ({node: {...node, value}, group, join: 'code'}))
    }
    if (node.type === 'table' && node.children.length > 2) {
      const [header, ...rows] = node.children
      return rows.map((row) => ({node: {...node, children: [header!, row]}, group, join: 'table'}))
    }
    return [{node, group, join: null}]
  })
}

function merge(first: RootContent, next: RootContent, join: JoinKind): RootContent {
  if (join === 'paragraph') {
    const space: PhrasingContent = {type: 'text', value: ' '}
    return {type: 'paragraph', children: [...(first as Paragraph).children, space, ...(next as Paragraph).children]}
  }
  if (join === 'list') return {...(first as List), children: [...(first as List).children, ...(next as List).children]}
  // Every piece of a table has the header row: it is kept once.
  if (join === 'table')
    return {...(first as Table), children: [...(first as Table).children, ...(next as Table).children.slice(1)]}
  return {...(first as Code), value: `${(first as Code).value}\n${(next as Code).value}`}
}

/** The blocks of one card: consecutive pieces of one group become one block again. */
export function joinPieces(pieces: Piece[]): RootContent[] {
  const blocks: RootContent[] = []
  let last: Piece | undefined
  for (const piece of pieces) {
    if (last && piece.join && last.group === piece.group) {
      blocks[blocks.length - 1] = merge(blocks[blocks.length - 1]!, piece.node, piece.join)
    } else {
      blocks.push(piece.node)
    }
    last = piece
  }
  return blocks
}

/** Pieces cut at `starts` (index of the first piece of each card after the first). */
export function chunksOf(pieces: Piece[], starts: number[]): RootContent[][] {
  const bounds = [0, ...starts, pieces.length]
  return bounds.slice(0, -1).map((start, index) => joinPieces(pieces.slice(start, bounds[index + 1])))
}
