/**
 * A glossary file → entries. Each entry is a heading with the topic-list item
 * it defines, an optional `Also: a; b` line of aliases, a definition and
 * optional formulas. The heading's depth does not matter (one level below the
 * file's title, in practice); text before the first entry is the file's intro.
 */
import type {Heading, Paragraph, Root, RootContent} from 'mdast'
// remark-math's node types (its own dependency): `math` and `inlineMath` in mdast.
import type {Math} from 'mdast-util-math'
import {plainText} from '../text.js'
import {parseMarkdown} from '../../input/parse.js'

export interface GlossaryEntry {
  /** The heading text: the item it defines, as the guide spells it. */
  term: string
  aliases: string[]
  /** Blocks of the definition, formulas left out. */
  definition: RootContent[]
  /** Display formulas, in the order written. */
  formulas: Math[]
  line: number
}

const ALSO = /^also\s*:\s*/i

/**
 * A display formula as remark-math makes one: the hast it carries is what
 * rehype-katex looks for (`pre > code.math-display`), so it renders in display style.
 */
export function displayMath(value: string, position?: Math['position']): Math {
  const code = {
    type: 'element' as const,
    tagName: 'code',
    properties: {className: ['language-math', 'math-display']},
    children: [{type: 'text' as const, value}],
  }
  return {type: 'math', meta: null, value, position, data: {hName: 'pre', hChildren: [code]}}
}

/**
 * `$$…$$` on one line parses as inline math in a paragraph; a paragraph that
 * is nothing but that is a display formula, as its author meant it.
 */
function asFormula(node: RootContent): Math | undefined {
  if (node.type === 'math') return node
  if (node.type !== 'paragraph') return undefined
  const parts = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  const only = parts.length === 1 ? parts[0] : undefined
  return only?.type === 'inlineMath' ? displayMath(only.value, only.position) : undefined
}

function aliasesOf(node: RootContent | undefined): string[] | undefined {
  if (node?.type !== 'paragraph') return undefined
  const text = plainText(node as Paragraph)
  if (!ALSO.test(text)) return undefined
  return text
    .replace(ALSO, '')
    .split(';')
    .map((alias) => alias.trim())
    .filter(Boolean)
}

function entryOf(heading: Heading, body: RootContent[]): GlossaryEntry {
  const aliases = aliasesOf(body[0])
  const rest = aliases ? body.slice(1) : body
  const formulas: Math[] = []
  const definition: RootContent[] = []
  for (const node of rest) {
    const formula = asFormula(node)
    if (formula) formulas.push(formula)
    else definition.push(node)
  }
  return {
    term: plainText(heading),
    aliases: aliases ?? [],
    definition,
    formulas,
    line: heading.position?.start.line ?? 0,
  }
}

/** The shallowest heading depth below the title is the entry level. */
function entryDepth(root: Root): number | undefined {
  const depths = root.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : []))
  const belowTitle = depths.filter((depth) => depth > 1)
  return belowTitle.length ? Math.min(...belowTitle) : depths[0]
}

export function parseGlossary(text: string): GlossaryEntry[] {
  const root = parseMarkdown(text)
  const depth = entryDepth(root)
  const entries: GlossaryEntry[] = []
  let current: {heading: Heading; body: RootContent[]} | undefined
  const flush = () => current && entries.push(entryOf(current.heading, current.body))
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= (depth ?? 0)) {
      flush()
      current = node.depth === depth ? {heading: node, body: []} : undefined
    } else current?.body.push(node)
  }
  flush()
  return entries
}
