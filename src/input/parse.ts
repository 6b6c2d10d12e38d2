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
import {chunkStarts} from './parse-chunks.js'

// `$…$` and `$$…$$` are math. Reference-style links are resolved here, so each
// section can be rendered on its own.
const markdown = () =>
  unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkMath).use(remarkInlineLinks)

/** The markdown inside and after a `<details>` html block (see details.ts). */
const inner = markdown()
const parseInner = (text: string) => inner.runSync(inner.parse(text)) as Root

const processor = markdown().use(remarkDetails, {parse: parseInner})

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

/**
 * micromark's parse time grows with the square of a document's size (its
 * edit maps re-slice the whole event list), so a big guide is cut between top-level
 * headings and parsed piece by piece. Every piece sees every link definition
 * of the guide, as the whole document would.
 */
function parseInChunks(text: string, size: number): Root {
  const starts = chunkStarts(text, size)
  const pieces = starts.map((start, index) => text.slice(start, starts[index + 1] ?? text.length))
  const parse = (suffix: string) => pieces.map((piece) => processor.parse(piece + suffix) as Root)
  let trees = parse('')
  const definitions = trees.flatMap((tree, index) =>
    tree.children
      .filter((node): node is Definition => node.type === 'definition')
      .map((node) => pieces[index]!.slice(node.position!.start.offset, node.position!.end.offset)),
  )
  if (definitions.length > 0) {
    const suffix = `\n\n${definitions.join('\n')}\n`
    trees = parse(suffix).map((tree, index) => ({
      ...tree,
      children: tree.children.filter((node) => (node.position?.start.offset ?? 0) < pieces[index]!.length),
    }))
  }
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

/**
 * Every text is guarded first (see guard.ts): the guide's files were already
 * guarded when read, with warnings; guarding again changes nothing, and
 * covers markdown found later (inside `<details>`, after a closing tag).
 */
export function parseMarkdown(raw: string, options: {chunkSize?: number} = {}): Root {
  const text = guardMarkdown(raw).text
  const size = options.chunkSize ?? CHUNK_SIZE
  const tree = text.length > size ? parseInChunks(text, size) : (processor.parse(text) as Root)
  return processor.runSync(tree) as Root
}
