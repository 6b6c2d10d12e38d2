/**
 * Headings → a tree of sections. The heading hierarchy of the mdast is the
 * whole story: a section owns the blocks up to the next heading, and the
 * deeper headings after it are its children. A numbered heading restated by
 * the one right after it is one section (restated-headings.ts).
 */
import type GithubSlugger from 'github-slugger'
import type {Root, RootContent} from 'mdast'
import {ASKS, features} from './features.js'
import {problemLabels} from './indented-problems.js'
import {withoutNavigation} from './navigation.js'
import {withoutRestatedHeadings} from './restated-headings.js'
import {boldLine} from './phrasing.js'
import {seriesVerdicts} from './series.js'
import {cleanQuestionText, plainText} from './text.js'
import type {Section} from './types.js'

/** A section before its parts are recognised. */
export interface RawSection extends Omit<Section, 'parts' | 'questions' | 'children'> {
  children: RawSection[]
  /** Made for text before the first heading: its title is not the guide's label for what it holds. */
  generated?: boolean
}

export interface RawTree {
  /** Blocks before the first heading. */
  preamble: RootContent[]
  sections: RawSection[]
}

function detailsBalance(html: string): number {
  let open = 0
  for (const match of html.matchAll(/<\/?details\b[^>]*>/gi)) open += match[0][1] === '/' ? -1 : 1
  return open
}

/**
 * Numbered bold lines ("**3. Name three …**") most of which ask are a series
 * of questions, "?" or not: none of them is a label.
 */
function askingNumberedLines(blocks: RootContent[]): boolean {
  const lines = blocks
    .map(boldLine)
    .filter((text): text is string => text !== undefined && cleanQuestionText(text).numbered !== null)
  const verdict = seriesVerdicts(lines.map((text) => ({shape: 'numbered bold', score: features(text).score})))
  return verdict.get('numbered bold')?.asks === true
}

/**
 * A guide with no headings but its title still has sections: a paragraph of
 * nothing but bold text that does not ask and ends in no colon
 * ("**Questions for Freshers**") is read as a heading there, unless it is
 * numbered as the questions around it are.
 */
function boldLabelsAsHeadings(blocks: RootContent[]): RootContent[] {
  if (blocks.filter((node) => node.type === 'heading' && node.depth > 1).length > 0) return blocks
  const depth = blocks.some((node) => node.type === 'heading') ? 2 : 1
  const numberedAsk = askingNumberedLines(blocks)
  // A bold label over an indented problem statement is its title (indented-problems.ts), not a heading.
  const problems = problemLabels(blocks)
  return blocks.map((node): RootContent => {
    if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]?.type !== 'strong') return node
    if (problems.has(node)) return node
    const text = plainText(node)
    if (/[:?]\s*$/.test(text) || text.length > 80 || features(text).score >= ASKS) return node
    if (numberedAsk && cleanQuestionText(text).numbered !== null) return node
    return {type: 'heading', depth: depth as 1 | 2, children: node.children[0].children, position: node.position}
  })
}

/** "> ### Conflict" — a blockquote that holds nothing but a heading — is that heading, set off for looks. */
function quotedHeadings(blocks: RootContent[]): RootContent[] {
  return blocks.map((node) => {
    const [only, ...rest] = node.type === 'blockquote' ? node.children : []
    return only?.type === 'heading' && rest.length === 0 ? {...only, position: node.position} : node
  })
}

export function sectionTree(root: Root, file: string, slugger: GithubSlugger): RawTree {
  const tree: RawTree = {preamble: [], sections: []}
  const open: RawSection[] = []
  // A heading inside an open `<details>` is part of its answer, not a section of the guide.
  let details = 0
  for (const node of boldLabelsAsHeadings(quotedHeadings(withoutNavigation(root.children, file)))) {
    if (node.type === 'html') details = Math.max(0, details + detailsBalance(node.value))
    if (node.type === 'heading' && details === 0) {
      while (open.length > 0 && open[open.length - 1]!.depth >= node.depth) open.pop()
      const parent = open[open.length - 1]
      const title = plainText(node) || 'Untitled'
      const section: RawSection = {
        slug: slugger.slug(title) || slugger.slug('section'),
        title,
        depth: node.depth,
        path: [...(parent?.path ?? []), title],
        position: {file, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0},
        heading: node,
        body: [],
        children: [],
      }
      ;(parent ? parent.children : tree.sections).push(section)
      open.push(section)
    } else if (node.type !== 'yaml' && node.type !== 'definition') {
      const current = open[open.length - 1]
      ;(current ? current.body : tree.preamble).push(node)
    }
  }
  return {...tree, sections: withoutRestatedHeadings(tree.sections)}
}
