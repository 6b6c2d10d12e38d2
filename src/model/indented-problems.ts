/**
 * Problems set as indented blocks under bold labels. A practice file with no
 * headings names each exercise in a bold line (its solution file, "**03_merge.py**",
 * or only its number) and states it below as a four-space indented block. One
 * such pair is a file name over its code; a series of them is a list of
 * problems: when a body holds three or more pairs and at least a third of
 * their blocks ask in one of their sentences (a book's exercises are mostly
 * orders: "Determine …", "Find …"), every block that is prose is a problem,
 * its label the card's title; a block of code is not. The solutions live
 * elsewhere: none is answered here. A body's leading pairs that do not ask
 * ("**helpers.py**" over what a helper class holds) come before its first
 * problem: they are its frame, and count for nothing.
 */
import type {Code, Paragraph, RootContent} from 'mdast'
import type {Details} from './details.js'
import {ASKS, features} from './features.js'
import type {Draft} from './questions.js'
import {cleanQuestionText, plainText} from './text.js'

/** Fewer pairs than this and a bold label over an indented block is a file name over its code. */
const MIN_PAIRS = 3

/** Four words or more, opening with a letter: prose, not a line of code. */
const SENTENCE = /^\p{L}[\p{L}'’-]*(?:[\s,]+[\p{L}\p{N}'’()-]+){3}/u

interface Pair {
  label: Paragraph
  block: Code
  score: number
}

/** A paragraph that is nothing but one bold run ("**01_unique.py**", "**04**"). */
function boldLabel(node: RootContent | Details | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false
  const [only, ...rest] = node.children
  return only?.type === 'strong' && plainText(rest).trim() === '' && plainText(only).trim() !== ''
}

/** An indented code block: as many source lines as lines of code (a fence adds its two fence lines). */
function isIndented(node: RootContent | Details | undefined): node is Code {
  if (node?.type !== 'code' || node.lang || !node.position) return false
  const lines = node.value.split('\n').length
  return node.position.end.line - node.position.start.line + 1 === lines
}

/** Its best sentence or line, by its own features: a statement asks when one of its sentences does. */
function blockScore(code: Code): number {
  const pieces = code.value.split(/\n|(?<=[.?!])\s+/).map((piece) => piece.trim())
  return Math.max(0, ...pieces.filter(Boolean).map((piece) => features(piece).score))
}

const statement = (code: Code) =>
  code.value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ')

/**
 * The drafts of a body's indented problems, keyed by their bold label (where the
 * reader meets them), or an empty map when the body has no such series.
 */
export function indentedProblems(
  blocks: Array<RootContent | Details>,
  label: string,
  context: string[],
): Map<RootContent, Draft> {
  const pairs: Pair[] = []
  for (const [index, block] of blocks.entries()) {
    const next = blocks[index + 1]
    if (boldLabel(block) && isIndented(next)) pairs.push({label: block, block: next, score: blockScore(next)})
  }
  const found = new Map<RootContent, Draft>()
  // The series starts at its first problem that asks: the pairs before it are the file's frame.
  const first = pairs.findIndex((pair) => pair.score >= ASKS)
  const series = first < 0 ? [] : pairs.slice(first)
  const asking = series.filter((pair) => pair.score >= ASKS).length
  if (series.length < MIN_PAIRS || asking * 3 < series.length) return found
  const why = [
    'an indented block under a bold label',
    `series of bold labels over indented blocks: ${asking} of ${series.length} ask`,
  ]
  for (const pair of series) {
    const text = statement(pair.block)
    // A statement is a sentence; "x = 1" or a name is code or a caption.
    if (pair.score < ASKS && !SENTENCE.test(text)) continue
    const {text: asked, difficulty} = cleanQuestionText(text)
    if (!asked) continue
    const title = cleanQuestionText(plainText(pair.label)).text || plainText(pair.label).trim()
    found.set(pair.label, {
      text: asked,
      difficulty,
      label,
      context: [label, ...context],
      blocks: [],
      node: pair.block,
      title,
      titleNode: pair.label,
      layout: 'code',
      why,
    })
  }
  return found
}

/** The bold labels of a body that open its indented problems: they stay paragraphs, not headings (sections.ts). */
export const problemLabels = (blocks: RootContent[]): Set<RootContent> =>
  new Set(indentedProblems(blocks, '', []).keys())
