/**
 * A worked question set off in a blockquote: the quote opens with a question
 * (a "?" closes its first paragraph, or a question label opens it: "Q:",
 * "Question:", "题目：") and goes on with its answer. Guides of notes box
 * their exercises this way between paragraphs of prose, so the quote, not
 * its wording, says "here is a question and how it is solved".
 */
import type {Blockquote, RootContent} from 'mdast'
import {ASKS, features} from './features.js'
import {isQuestionLabel} from './labels.js'
import {paragraphOf, splitAfterQuestionLine} from './phrasing.js'
import {questionOf, type Draft} from './questions.js'
import {plainText} from './text.js'

/** "Q: …", "题目：…": a label of a few letters, an ASCII or a full-width colon. */
const LEAD_LABEL = /^\s*([\p{L}][\p{L} ]{0,24}?)\s*[:：]\s*/u

/** The question a blockquote opens with, and the rest of the quote as its answer. */
export function quotedDraft(block: RootContent, label: string, context: string[]): Draft | undefined {
  if (block.type !== 'blockquote') return undefined
  const [first, ...rest] = (block as Blockquote).children
  if (first?.type !== 'paragraph') return undefined
  const [lead, ...more] = first.children
  const named = lead?.type === 'text' ? LEAD_LABEL.exec(lead.value) : null
  const labelled = named !== null && isQuestionLabel(named[1] ?? '')
  const children =
    labelled && lead?.type === 'text' ? [{...lead, value: lead.value.slice(named[0].length)}, ...more] : first.children
  const {before, after} = splitAfterQuestionLine(children)
  const {text, difficulty} = questionOf(before)
  const own = features(plainText(before))
  if (!text || !(labelled || (own.score >= ASKS && own.tags.includes('ends in "?"')))) return undefined
  const blocks = [...(after && plainText(after) ? [paragraphOf(after, first)] : []), ...rest] as RootContent[]
  const why = [labelled ? 'a blockquote opened by a question label' : 'a blockquote opened by a question']
  return {text, difficulty, label, context: [label, ...context], blocks, node: first, layout: 'paragraph', why}
}
