/**
 * A section body → its parts and its questions, in one pass over its blocks.
 * Lists are read by parts.ts and tables by tables.ts; this file adds the
 * layouts that span blocks: a bold question paragraph (`**Q7: …**`) whose
 * answer is the blocks after it, an `**Answer:**` or `<details>` block right
 * after a question, and a `<details>` whose summary is the question.
 */
import type {List, ListItem, Paragraph, PhrasingContent, RootContent} from 'mdast'
import {isAnswerLabel, isHintLabel} from './answer.js'
import {normalizeLabel} from './labels.js'
import {groupDetails, isDetails, type Details} from './details.js'
import {continueNumbering} from './numbering.js'
import {fencedLists} from './fenced-lists.js'
import {htmlLists} from './html-lists.js'
import {htmlTableDrafts} from './html-tables.js'
import {indentedProblems} from './indented-problems.js'
import type {LabelMatcher} from './labels.js'
import {boldLine, labelOf, leadingLabel, paragraphOf, splitAfterQuestionLine, splitAtLabel} from './phrasing.js'
import {pseudoHeading, itemText, readList} from './parts.js'
import {pairedParagraphs} from './paragraph-pairs.js'
import {questionOf, type Draft} from './questions.js'
import {quotedDraft} from './quotes.js'
import {introducedList} from './stems.js'
import {tableDrafts} from './tables.js'
import {ASKS, features} from './features.js'
import {joins, seriesVerdicts} from './series.js'
import {cleanQuestionText, plainText, readsAsQuestion} from './text.js'
import type {Part} from './types.js'

export interface BodyRead {
  parts: Part[]
  questions: Draft[]
}

const FENCED = 'an item of a list set in a fence'

const QUESTION_LABEL = /^q(uestion)?\s*#?\s*\d*$/

/** `**Q7: What is …?**`, `**Question:** What is …?`, or a whole bold line that asks ("**What is …?**"). */
function isQuestionParagraph(node: RootContent): node is Paragraph {
  const labelled = leadingLabel(node)
  // A plain "Question: What is …?" line asks as its bold form does.
  const plain = labelled ? undefined : labelOf(node)
  if (plain) return QUESTION_LABEL.test(plain.label) && plain.restText !== ''
  if (!labelled) return false
  if (QUESTION_LABEL.test(labelled.label)) return true
  const bold = plainText(labelled.strong)
  if (cleanQuestionText(bold).numbered === 'question') return true
  // Alone on its line: the lines below it in the same paragraph are its answer.
  const alone = plainText(labelled.rest) === '' || boldLine(node) !== undefined
  return alone && (/[?？][^\p{L}\p{N}]*$/u.test(bold) || (/^["“']/.test(bold) && readsAsQuestion(bold)))
}

const BOLD_NUMBER = /^\(?\d{1,3}[.):]?\)?$/
const PLAIN_NUMBER = /^\s*(?:q\s*\d{1,3}|\d{1,3}\))[.):]?\s+\S/i

/**
 * The shape of a paragraph that could ask, for its series: a whole bold line
 * ("**What is …**"), a bold number that opens it ("**12)** …"), a plain
 * question number ("Q3. …", "4) …"). Labels ("**Key Topics:**") have none.
 */
function paragraphShape(node: RootContent): {shape: string; text: string} | undefined {
  if (node.type !== 'paragraph') return undefined
  const [first, ...rest] = node.children
  if (first?.type === 'strong') {
    const bold = plainText(first)
    const after = plainText(rest)
    if ((after === '' || boldLine(node) !== undefined) && !/:\s*$/.test(bold)) return {shape: 'whole bold', text: bold}
    if (BOLD_NUMBER.test(bold) && after) return {shape: 'bold number', text: after}
    return undefined
  }
  const text = plainText(node)
  return first?.type === 'text' && PLAIN_NUMBER.test(first.value) ? {shape: 'plain number', text} : undefined
}

/** A "**1)** **Topic:** X, **Level:** Y" line: a title over the question below, not the question. */
function isMetadataLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const labels = node.children.filter((child) => child.type === 'strong' && /:\s*$/.test(plainText(child)))
  return labels.length > 0 && !/[?？]/.test(plainText(node))
}

/** Paragraph series of a body: which shapes mostly ask, so that every member does. */
function paragraphSeries(blocks: Array<RootContent | Details>) {
  const members: Array<{shape: string; score: number; node: RootContent}> = []
  for (const [index, block] of blocks.entries()) {
    if (isDetails(block)) continue
    const found = paragraphShape(block)
    if (!found) continue
    const below = blocks[index + 1]
    // A numbered title whose question is on the next line counts as asking.
    const titled = isMetadataLine(block) && below !== undefined && !isDetails(below) && isQuestionParagraph(below)
    members.push({shape: found.shape, score: titled ? 1 : features(found.text).score, node: block})
  }
  const verdicts = seriesVerdicts(members, (shape) => `series of "${shape}" paragraphs`)
  return (node: RootContent) => {
    const member = members.find((one) => one.node === node)
    if (!member || isMetadataLine(node)) return undefined
    const verdict = verdicts.get(member.shape)
    if (member.score >= ASKS) return [`a "${member.shape}" paragraph`, ...features(paragraphShape(node)!.text).tags]
    return joins(verdict, paragraphShape(node)!.text) ? [verdict!.why] : undefined
  }
}

/** Without a bold number that opens the line ("**12)** What is …"): the rest is the question. */
function withoutNumber(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes
  if (first?.type === 'strong' && BOLD_NUMBER.test(plainText(first)) && plainText(rest)) return rest
  return nodes
}

/** The question a bold paragraph asks; its text may sit in the next paragraph ("**Question:**" alone). */
function paragraphDraft(
  node: Paragraph,
  next: RootContent | undefined,
  label: string,
  context: string[],
  why: string[] = [],
): {draft: Draft; skip: number; awaiting: boolean} | undefined {
  let skip = 0
  let asked = node
  if (
    !questionOf(splitAtLabel(node.children, isAnswerLabel).before).text &&
    next?.type === 'paragraph' &&
    !leadingLabel(next)
  ) {
    asked = next
    skip = 1
  }
  const labelled = splitAtLabel(asked.children, isAnswerLabel)
  const {before, after} = splitAfterQuestionLine(labelled.before)
  const {text, difficulty} = questionOf(withoutNumber(before))
  if (!text) return undefined
  const blocks: RootContent[] = [after, labelled.after]
    .filter((nodes): nodes is PhrasingContent[] => nodes !== null && plainText(nodes) !== '')
    .map((nodes) => paragraphOf(nodes, asked))
  const draft: Draft = {text, difficulty, label, context: [label, ...context], blocks, node, layout: 'paragraph', why}
  // "**A:**" closing the line: the block after it is the answer, whatever it looks like.
  return {draft, skip, awaiting: labelled.after !== null && plainText(labelled.after) === ''}
}

/** Whether most `<details>` summaries of a body ask: then a titled one ("Handling pressure") is a question too. */
function detailsSeries(blocks: Array<RootContent | Details>): string | undefined {
  const all = blocks
    .filter(isDetails)
    .filter(
      (one) => !isAnswerLabel(normalizeLabel(one.summary)) && !isHintLabel(normalizeLabel(one.summary)) && one.summary,
    )
  const verdict = seriesVerdicts(all.map((one) => ({shape: 'details', score: features(one.summary).score})))
  return verdict.get('details')?.asks
    ? verdict.get('details')!.why.replace('details', 'series of <details> summaries')
    : undefined
}

/** An answer that lists questions it introduces as such ("Question variations:"): what it answers is a prompt. */
function hasVariations(blocks: RootContent[]): boolean {
  return blocks.some((_, index) => introducedList(blocks, index))
}

function detailsDraft(details: Details, label: string, context: string[], series?: string): Draft | undefined {
  const {text, difficulty} = cleanQuestionText(details.summary)
  const labelled = isAnswerLabel(normalizeLabel(text)) || isHintLabel(normalizeLabel(text))
  const varied = !labelled && hasVariations(details.body)
  if (!text || (!readsAsQuestion(text) && !varied && !(series && !labelled && details.body.length > 0)))
    return undefined
  return {
    text,
    difficulty,
    label,
    context: [label, ...context],
    blocks: details.body,
    node: details.summaryNode ?? details.node,
    layout: 'details',
    why: readsAsQuestion(text)
      ? ['a <details> summary that asks']
      : varied
        ? ['a <details> whose answer lists variations of it']
        : [series ?? ''],
  }
}

/** An item that asks: it reads as a question, or it is numbered as one ("**Q18**. Given a table, …"). */
const asksAsItem = (item: ListItem) =>
  readsAsQuestion(itemText(item)) || cleanQuestionText(itemText(item)).numbered === 'question'

/** A list that asks rather than answers: most of its items ask. */
function asksMostly(list: List): boolean {
  return list.children.filter(asksAsItem).length * 2 > list.children.length
}

/** The comment or docstring line a fence opens with ("# Reverse a list in place."), without its markers. */
function codeTitle(block: RootContent): string | undefined {
  if (block.type !== 'code') return undefined
  const first =
    block.value
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  const found = /^(?:#+|\/\/+|\/\*+|\*|--|"""|''')\s*(.*?)\s*(?:\*\/|"""|''')?$/.exec(first)
  const text = found?.[1]?.trim()
  return text && /\p{L}/u.test(text) ? text : undefined
}

/**
 * Coding problems as fences: a series of three or more fences (in one body)
 * each opened by a comment or docstring line, two thirds of which ask, makes
 * every such line a question and its fence the answer.
 */
function codeSeries(blocks: Array<RootContent | Details>): (block: RootContent) => string | undefined {
  const titled = blocks.filter((block): block is RootContent => !isDetails(block) && codeTitle(block) !== undefined)
  const verdict = seriesVerdicts(
    titled.map((block) => ({shape: 'fence', score: features(codeTitle(block)!).score})),
    () => 'series of fences opened by a comment',
  ).get('fence')
  return (block) => (verdict?.asks && titled.includes(block) ? verdict.why : undefined)
}

export function readBody(body: RootContent[], context: string[], match: LabelMatcher): BodyRead {
  const read: BodyRead = {parts: [], questions: []}
  const fenced = fencedLists(body)
  const blocks = groupDetails(continueNumbering(htmlLists(fenced.blocks)))
  const seriesAsks = paragraphSeries(blocks)
  const summaries = detailsSeries(blocks)
  const fences = codeSeries(blocks)
  const paired = pairedParagraphs(blocks)
  const problems = indentedProblems(blocks, context[0] ?? '', context)
  let label: string | undefined
  /** A question still taking the blocks after it as its answer. */
  let open: Draft | undefined
  /** The question right before this block: an `**Answer:**` or `<details>` here is its answer. */
  let last: Draft | undefined
  const here = () => label ?? context[0] ?? ''
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const target = open ?? last
    if (isDetails(block)) {
      // A summary that asks is a question of its own; any other ("Answer", "Show solution") answers the one before.
      const asked = detailsDraft(block, here(), context, summaries)
      if (asked) read.questions.push(asked)
      else target?.blocks.push(...block.nodes)
      ;[open, last, label] = [asked ? undefined : target, asked, undefined]
      continue
    }
    const problem = problems.get(block)
    if (problem) {
      // A bold label over an indented problem statement (indented-problems.ts): the statement is the question.
      const draft = {...problem, label: here(), context: [here(), ...context]}
      read.questions.push(draft)
      index++
      ;[open, last, label] = [undefined, draft, undefined]
      continue
    }
    const answeredBelow = boldLine(block) !== undefined && block.type === 'paragraph' && block.children.length > 1
    const boldWhy = answeredBelow ? 'a bold question line, answered on the lines below it' : 'a bold question line'
    const lineWhy = leadingLabel(block) ? boldWhy : 'a "Question:" line'
    const series = isQuestionParagraph(block) ? [lineWhy] : (seriesAsks(block) ?? paired(block))
    if (block.type === 'paragraph' && series) {
      const found = paragraphDraft(block, blocks[index + 1] as RootContent | undefined, here(), context, series)
      if (found) {
        read.questions.push(found.draft)
        index += found.skip
        const next = blocks[index + 1]
        if (found.awaiting && next && !isDetails(next) && next.type !== 'heading' && next.type !== 'thematicBreak') {
          found.draft.blocks.push(next)
          index++
        }
        ;[open, last, label] = [found.draft, found.draft, undefined]
        continue
      }
    }
    const labelled = leadingLabel(block)
    if (target && labelled && (isAnswerLabel(labelled.label) || isHintLabel(labelled.label))) {
      target.blocks.push(block)
      open = target
      continue
    }
    // A list of questions after a list question and its answer asks anew; after a bold question line (a
    // series of its own, whose next member would be the next question) it is that question's answer.
    if (open && !(block.type === 'list' && asksMostly(block) && open.layout !== 'paragraph')) {
      const heading = pseudoHeading(block)
      if (block.type === 'thematicBreak' || (heading !== undefined && match(heading) !== undefined)) {
        ;[open, last, label] = [undefined, undefined, heading]
      } else open.blocks.push(block)
      continue
    }
    const fence = fences(block)
    if (fence) {
      const {text, difficulty} = cleanQuestionText(codeTitle(block)!)
      const why = ['the comment that opens a fence', fence]
      const draft: Draft = {
        text,
        difficulty,
        label: here(),
        context: [here(), ...context],
        blocks: [block],
        node: block,
        layout: 'code',
        why,
      }
      read.questions.push(draft)
      ;[open, last, label] = [undefined, draft, undefined]
      continue
    }
    const quoted = quotedDraft(block, here(), context)
    if (quoted) {
      read.questions.push(quoted)
      ;[open, last, label] = [undefined, quoted, undefined]
      continue
    }
    ;[open, last] = [undefined, undefined]
    if (block.type === 'list') {
      const list = readList(block, label, context, match)
      if (fenced.made.has(block)) for (const draft of list.questions) draft.why = [...(draft.why ?? []), FENCED]
      read.parts.push(...list.parts)
      read.questions.push(...list.questions)
      const final = list.questions[list.questions.length - 1]
      last = final && final.node === block.children[block.children.length - 1] ? final : undefined
      label = undefined
    } else if (block.type === 'table') {
      read.questions.push(...tableDrafts(block, here(), context))
      label = undefined
    } else if (block.type === 'html' && htmlTableDrafts(block, here(), context).length > 0) {
      read.questions.push(...htmlTableDrafts(block, here(), context))
      label = undefined
    } else label = pseudoHeading(block)
  }
  // A bold line taken by its series alone that nothing answers (a closing "**Good luck!**") is a sign-off.
  read.questions = read.questions.filter(
    (draft) => !(draft.layout === 'paragraph' && byShapeOnly(draft) && draft.blocks.length === 0),
  )
  return read
}

const byShapeOnly = (draft: Draft) => draft.why?.length === 1 && draft.why[0]!.startsWith('series of "')
