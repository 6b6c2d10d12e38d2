/**
 * A section body → its parts and its questions, in one pass over its blocks.
 * Lists are read by parts.ts and tables by tables.ts; this file adds the
 * layouts that span blocks: a bold question paragraph (`**Q7: …**`) whose
 * answer is the blocks after it, an `**Answer:**` or `<details>` block right
 * after a question, and a `<details>` whose summary is the question.
 */
import type {List, Paragraph, RootContent} from 'mdast'
import {isAnswerLabel, isHintLabel} from './answer.js'
import {groupDetails, isDetails, type Details} from './details.js'
import type {LabelMatcher} from './labels.js'
import {leadingLabel, paragraphOf, splitAfterQuestionLine, splitAtLabel} from './phrasing.js'
import {pseudoHeading, itemText, readList} from './parts.js'
import {questionOf, type Draft} from './questions.js'
import {tableDrafts} from './tables.js'
import {cleanQuestionText, plainText, readsAsQuestion} from './text.js'
import type {Part} from './types.js'

export interface BodyRead {
  parts: Part[]
  questions: Draft[]
}

const QUESTION_LABEL = /^q(uestion)?\s*#?\s*\d*$/

/** `**Q7: What is …?**`, `**Question:** What is …?`, or a whole bold line that asks ("**What is …?**"). */
function isQuestionParagraph(node: RootContent): node is Paragraph {
  const labelled = leadingLabel(node)
  if (!labelled) return false
  if (QUESTION_LABEL.test(labelled.label)) return true
  const bold = plainText(labelled.strong)
  if (cleanQuestionText(bold).numbered === 'question') return true
  const alone = plainText(labelled.rest) === ''
  return alone && (/\?\W*$/.test(bold) || (/^["“']/.test(bold) && readsAsQuestion(bold)))
}

/** The question a bold paragraph asks; its text may sit in the next paragraph ("**Question:**" alone). */
function paragraphDraft(
  node: Paragraph,
  next: RootContent | undefined,
  label: string,
  context: string[],
): {draft: Draft; skip: number} | undefined {
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
  const {text, difficulty} = questionOf(before)
  if (!text) return undefined
  const blocks: RootContent[] = [after, labelled.after]
    .filter((nodes) => nodes !== null)
    .map((nodes) => paragraphOf(nodes, asked))
  return {draft: {text, difficulty, label, context: [label, ...context], blocks, node, layout: 'paragraph'}, skip}
}

function detailsDraft(details: Details, label: string, context: string[]): Draft | undefined {
  const {text, difficulty} = cleanQuestionText(details.summary)
  if (!text || !readsAsQuestion(text)) return undefined
  return {
    text,
    difficulty,
    label,
    context: [label, ...context],
    blocks: details.body,
    node: details.summaryNode ?? details.node,
    layout: 'details',
  }
}

/** A list that asks rather than answers: most of its items read as questions. */
function asksMostly(list: List): boolean {
  return list.children.filter((item) => readsAsQuestion(itemText(item))).length * 2 > list.children.length
}

export function readBody(body: RootContent[], context: string[], match: LabelMatcher): BodyRead {
  const read: BodyRead = {parts: [], questions: []}
  const blocks = groupDetails(body)
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
      const asked = detailsDraft(block, here(), context)
      if (asked) read.questions.push(asked)
      else target?.blocks.push(...block.nodes)
      ;[open, last, label] = [asked ? undefined : target, asked, undefined]
      continue
    }
    if (isQuestionParagraph(block)) {
      const found = paragraphDraft(block, blocks[index + 1] as RootContent | undefined, here(), context)
      if (found) {
        read.questions.push(found.draft)
        index += found.skip
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
    if (open && !(block.type === 'list' && asksMostly(block))) {
      const heading = pseudoHeading(block)
      if (block.type === 'thematicBreak' || (heading !== undefined && match(heading) !== undefined)) {
        ;[open, last, label] = [undefined, undefined, heading]
      } else open.blocks.push(block)
      continue
    }
    ;[open, last] = [undefined, undefined]
    if (block.type === 'list') {
      const list = readList(block, label, context, match)
      read.parts.push(...list.parts)
      read.questions.push(...list.questions)
      const final = list.questions[list.questions.length - 1]
      last = final && final.node === block.children[block.children.length - 1] ? final : undefined
      label = undefined
    } else if (block.type === 'table') {
      read.questions.push(...tableDrafts(block, here(), context))
      label = undefined
    } else label = pseudoHeading(block)
  }
  return read
}
