/**
 * Stage 1: markdown text → mdast. The syntax tree is the only truth the later
 * stages read; nothing downstream looks at the raw markdown again.
 */
import type {Definition, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkInlineLinks from 'remark-inline-links'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import remarkDetails from './details.js'
import {guardMarkdown} from './guard.js'
import remarkMathPairs, {displayMathLines} from './math.js'
import {chunkStarts} from './parse-chunks.js'

// `$…$` and `$$…$$` are math, its `$$` paired off as GitBook pairs them: the parser of a text with `$$`
// knows where its display math may open (math.ts), so such a text gets a parser of its own.
const syntax = (lines?: Set<number>) => {
  const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkMath)
  return lines ? parser.use(remarkMathPairs, {lines}) : parser
}
const plainSyntax = syntax().freeze()

const parseText = (text: string) =>
  (text.includes('$$') ? syntax(displayMathLines(text)) : plainSyntax).parse(text) as Root

// Reference-style links are resolved here, so each section can be rendered on its own.
const transforms = () => unified().use(remarkInlineLinks)

/** The markdown inside and after a `<details>` html block (see details.ts). */
const inner = transforms()
const parseInner = (text: string) => inner.runSync(parseText(text)) as Root

const processor = transforms().use(remarkDetails, {parse: parseInner})

/** Above this size a guide is parsed in chunks of about this size (see parse-chunks.ts). */
const CHUNK_SIZE = 16 * 1024

/** Move a chunk's positions to where the chunk sits in the whole text. */
function shift(tree: Root, line: number, offset: number): Root {
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue
      point.line += line
      if (point.offset !== undefined) point.offset += offset
    }
  })
  return tree
}

/** Each piece, with `suffix` after it, parsed on this thread (and in parse-worker.ts). */
export function parsePieces(pieces: string[], suffix: string): Root[] {
  return pieces.map((piece) => parseText(piece + suffix))
}

/** Parses pieces of a text somewhere: here, or in worker threads (parallel.ts). */
export type PieceParser = (pieces: string[], suffix: string) => Root[] | Promise<Root[]>

/** The source of every link definition in the parsed pieces. */
function definitionsOf(trees: Root[], pieces: string[]): string[] {
  return trees.flatMap((tree, index) =>
    tree.children
      .filter((node): node is Definition => node.type === 'definition')
      .map((node) => pieces[index]!.slice(node.position!.start.offset, node.position!.end.offset)),
  )
}

/** The pieces' trees as one, their positions where the pieces sit in the text. */
function joined(trees: Root[], pieces: string[], starts: number[], text: string): Root {
  let line = 0
  const root: Root = {type: 'root', children: []}
  trees.forEach((tree, index) => {
    root.children.push(...shift(tree, line, starts[index]!).children)
    line += pieces[index]!.split('\n').length - 1
  })
  const lastLine = text.slice(text.lastIndexOf('\n') + 1)
  root.position = {
    start: {line: 1, column: 1, offset: 0},
    end: {line: line + 1, column: lastLine.length + 1, offset: text.length},
  }
  return root
}

/** The text cut where pieces parse the same alone as together (parse-chunks.ts). */
function piecesOf(text: string, size: number) {
  const starts = chunkStarts(text, size)
  return {starts, pieces: starts.map((start, index) => text.slice(start, starts[index + 1] ?? text.length))}
}

/** What follows each piece in the second parse: every definition (null when there are none). */
function suffixOf(trees: Root[], pieces: string[]): string | null {
  const definitions = definitionsOf(trees, pieces)
  return definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : null
}

/** The second parse's trees, without the definitions each got after it. */
const withoutSuffix = (trees: Root[], pieces: string[]) =>
  trees.map((tree, index) => ({
    ...tree,
    children: tree.children.filter((node) => (node.position?.start.offset ?? 0) < pieces[index]!.length),
  }))

/**
 * micromark's parse time grows with the square of a document's size (its
 * edit maps re-slice the whole event list), so a big guide is cut between top-level
 * headings and parsed piece by piece. Every piece sees every link definition
 * of the guide, as the whole document would: when there are any, the pieces
 * are parsed again with all of them after each.
 */
async function parseInChunks(text: string, size: number, parse: PieceParser): Promise<Root> {
  const {starts, pieces} = piecesOf(text, size)
  const first = await parse(pieces, '')
  const suffix = suffixOf(first, pieces)
  const trees = suffix === null ? first : withoutSuffix(await parse(pieces, suffix), pieces)
  return joined(trees, pieces, starts, text)
}

/** The same, on this thread and at once. */
function parseInChunksHere(text: string, size: number): Root {
  const {starts, pieces} = piecesOf(text, size)
  const first = parsePieces(pieces, '')
  const suffix = suffixOf(first, pieces)
  const trees = suffix === null ? first : withoutSuffix(parsePieces(pieces, suffix), pieces)
  return joined(trees, pieces, starts, text)
}

/**
 * Every text is guarded first (see guard.ts): the guide's files were already
 * guarded when read, with warnings; guarding again changes nothing, and
 * covers markdown found later (inside `<details>`, after a closing tag).
 */
export function parseMarkdown(raw: string, options: {chunkSize?: number} = {}): Root {
  const text = guardMarkdown(raw).text
  const size = options.chunkSize ?? CHUNK_SIZE
  const tree = text.length > size ? parseInChunksHere(text, size) : parseText(text)
  return processor.runSync(tree) as Root
}

/** parseMarkdown, with the pieces of a big text parsed by `parse` (in worker threads: parallel.ts). */
export async function parseMarkdownWith(parse: PieceParser, raw: string): Promise<Root> {
  const text = guardMarkdown(raw).text
  return processor.runSync(await parseInChunks(text, CHUNK_SIZE, parse)) as Root
}
