/**
 * A stem and its sub-questions. Nothing inside an answer is a question, with
 * one exception: a scenario (or a title that does not ask) followed by a list
 * of questions ("What is the probability that …?"), or a list an answer
 * introduces as questions ("Question variations:", "Follow-up questions:").
 * Each item is then a question of its own whose card carries the stem, so
 * that its front makes sense alone.
 */
import type {List, RootContent} from 'mdast'
import {ASKS, features} from './features.js'
import {itemText} from './parts.js'
import type {Draft} from './questions.js'
import {plainText} from './text.js'

/** A list of questions: two or more items, two thirds of them ending in "?". */
function asksList(block: RootContent): block is List {
  if (block.type !== 'list' || block.children.length < 2) return false
  const asking = block.children.filter((item) => /[?？][^\p{L}\p{N}]*$/u.test(itemText(item))).length
  return asking * 3 >= block.children.length * 2
}

/** "Question variations:", "Follow-up questions:": a line that says a list of questions comes. */
const introducesQuestions = (block: RootContent | undefined) =>
  block?.type === 'paragraph' && /\bquestions?\b/i.test(plainText(block)) && plainText(block).length < 80

/**
 * The list an answer ends with, right after a line that says questions come
 * ("Question variations:"): its items ask, "?" or not ("Share one experience …").
 */
export function introducedList(blocks: RootContent[], at: number): boolean {
  const block = blocks[at]
  const last = blocks.slice(at + 1).every((after) => after.type === 'html' || after.type === 'thematicBreak')
  return block?.type === 'list' && last && block.children.length > 0 && introducesQuestions(blocks[at - 1])
}

/**
 * An item of a list that asks ("Design Netflix." among "Design a chat
 * service.", "How is sharding done?") is a question by its place: like one
 * that asks by its wording, the questions listed under it are its answer's
 * parts ("Required features?"), not questions of their own. (A heading taken
 * by its series may still be a scenario's title over its questions.)
 */
const bySeries = (draft: Draft) => draft.layout === 'list' && draft.why?.some((why) => /^series\b/.test(why)) === true

/** The draft, or its stem's sub-questions (and the draft itself when it asks and keeps an answer). */
export function withSubQuestions(draft: Draft): Draft[] {
  // The list an answer introduces as questions, else the first list of questions.
  const introducedAt = draft.blocks.findIndex((_, at) => introducedList(draft.blocks, at))
  const index = introducedAt >= 0 ? introducedAt : draft.blocks.findIndex(asksList)
  if (index < 0) return [draft]
  const list = draft.blocks[index] as List
  const before = draft.blocks[index - 1]
  const stemAsks = features(draft.text).score >= ASKS || bySeries(draft)
  const introduced = introducesQuestions(before)
  if (stemAsks && !introduced) return [draft]
  // The stem: the question's own text, and the scenario paragraphs before the list when it does not ask.
  // A titled prompt whose answer introduces its variations ("Question variations:") is the stem by its title alone.
  const scenario =
    stemAsks || introduced
      ? []
      : draft.blocks.slice(0, index).filter((block) => block.type === 'paragraph' && !introducesQuestions(block))
  const stem = [draft.text, ...scenario.map((block) => plainText(block))].join(' ').trim()
  const rest = draft.blocks.filter((_, at) => at !== index && !(at === index - 1 && introduced))
  const subs = list.children.flatMap((item): Draft[] => {
    const text = itemText(item)
    if (!text) return []
    // Variations of a question that asks share its answer, unless they carry their own.
    const own = item.children.slice(1)
    const blocks = own.length > 0 || (!stemAsks && !introduced) ? own : rest
    const why = [`a sub-question of "${draft.text.slice(0, 60)}"`]
    return [{...draft, text, stem, blocks, node: item, layout: 'list', why, title: undefined, titleNode: undefined}]
  })
  const keeps = (stemAsks || introduced) && rest.some((block) => !scenario.includes(block))
  return keeps ? [{...draft, blocks: rest}, ...subs] : subs
}
