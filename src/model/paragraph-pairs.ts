/**
 * Plain paragraphs answered by bullets. A study blog may set each question as
 * an ordinary paragraph, with no heading, number or label, and its answer as
 * the list right below it; then the next question, its list, and so on. One
 * paragraph over a list is prose introducing it; a run of them is the guide's
 * own regularity: when three or more paragraph → list pairs follow one another
 * (only spacer `<br>` lines between them) and two thirds of their paragraphs
 * ask by their wording, each paragraph of the run is a question and its list
 * the answer, "Explain …" and "Briefly describe …" alike. A paragraph that
 * introduces its list (": " at its end) or a list of questions breaks the run.
 */
import type {List, Paragraph, RootContent} from 'mdast'
import type {Details} from './details.js'
import {ASKS, features} from './features.js'
import {itemText} from './parts.js'
import {joins, seriesVerdicts} from './series.js'
import {plainText, readsAsQuestion} from './text.js'

/** Fewer pairs than this in a run and it is prose over lists. */
const MIN_RUN = 3

const BREAKS = /^(?:\s*<br\s*\/?>\s*)+$/i

/** Raw HTML that only spaces the page (`<br>`, `<br/><br>`), as a block or as a paragraph of its own. */
function spacer(node: RootContent | Details): boolean {
  if (node.type === 'html') return BREAKS.test(node.value)
  if (node.type !== 'paragraph') return false
  return node.children.every((child) =>
    child.type === 'html' ? BREAKS.test(child.value) : plainText(child).trim() === '',
  )
}

/** An item that asks: it ends in "?", or reads as a question in one sentence (an answer runs on for several). */
function asks(text: string): boolean {
  return /[?？]\s*$/.test(text) || (readsAsQuestion(text) && !/[.!?。]\s+\S/.test(text))
}

/** A list that answers: not one whose items mostly ask (a list of questions). */
function answers(node: RootContent | Details | undefined): node is List {
  if (node?.type !== 'list') return false
  const asking = node.children.filter((item) => asks(itemText(item))).length
  return asking * 2 <= node.children.length
}

/** A paragraph that could ask: plain text that does not end by introducing what follows. */
function candidate(node: RootContent | Details): node is Paragraph {
  if (node.type !== 'paragraph') return false
  const text = plainText(node).trim()
  return text !== '' && !/:\s*$/.test(text)
}

/**
 * Which paragraphs of a body ask as members of a run of paragraph → list pairs,
 * with why; undefined for every other block.
 */
export function pairedParagraphs(blocks: Array<RootContent | Details>): (node: RootContent) => string[] | undefined {
  const runs: Paragraph[][] = []
  let run: Paragraph[] = []
  let index = 0
  const skipSpacers = (at: number) => {
    let next = at
    while (next < blocks.length && spacer(blocks[next]!)) next++
    return next
  }
  while (index < blocks.length) {
    const block = blocks[index]!
    const after = skipSpacers(index + 1)
    if (candidate(block) && answers(blocks[after])) {
      run.push(block)
      index = skipSpacers(after + 1)
      continue
    }
    if (run.length > 0) runs.push(run)
    run = []
    index = skipSpacers(index + 1)
  }
  if (run.length > 0) runs.push(run)
  const taken = new Map<RootContent, string[]>()
  for (const members of runs) {
    if (members.length < MIN_RUN) continue
    const scored = members.map((node) => ({shape: 'pair', score: features(plainText(node)).score}))
    const verdict = seriesVerdicts(scored, () => 'series of paragraphs each over its list').get('pair')
    if (!verdict?.asks) continue
    for (const node of members) {
      const own = features(plainText(node))
      if (own.score >= ASKS || joins(verdict, plainText(node))) taken.set(node, [...own.tags, verdict.why])
    }
  }
  return (node) => taken.get(node)
}
