/**
 * A candidate's own features: what in its text says "this asks". They are
 * only half of the decision; the other half is its series (series.ts): a run
 * of blocks of the same shape that mostly ask makes all of them questions.
 */
import {ANSWER_LABEL, HINT_LABEL, QUESTION_LABEL, QUESTION_WORDING} from './labels.js'
import {cleanQuestionText, normalizeLabel} from './text.js'

export interface Features {
  /** 0 (nothing asks) to 1 (it surely asks). */
  score: number
  /** What was seen, for `list --questions --explain`. */
  tags: string[]
}

/** Openings that ask without a "?": "Is it …", "Does a …", "Should we …". */
const INTERROGATIVE = /^(is|are|was|were|do|does|did|can|could|should|would|will|has|have|who|whom|whose|where)\b/i

/** A whole sentence that asks, anywhere in the text: "… below. Would you try?" */
const ASKING_SENTENCE = /[?？]["'”’)]*(\s|$)/

/** A question's own numbering kept by cleanQuestionText: "Q4:", "Question 7 -". */
export function features(raw: string): Features {
  const {text, numbered} = cleanQuestionText(raw)
  const tags: string[] = []
  let score = 0
  if (text.length < 2) return {score: 0, tags: ['empty']}
  if (/[?？]["'”’)]*$/.test(text)) {
    tags.push('ends in "?"')
    score = 1
  } else if (QUESTION_WORDING.test(text)) {
    tags.push('opens like a question')
    score = 0.8
  } else if (INTERROGATIVE.test(text) && text.split(' ').length > 3) {
    tags.push('interrogative opening')
    score = 0.6
  } else if (ASKING_SENTENCE.test(text)) {
    tags.push('asks in a sentence')
    score = 0.7
  }
  if (numbered === 'question') {
    tags.push('question numbering')
    score = Math.max(score, 0.9)
  } else if (numbered === 'number') tags.push('numbered')
  // A label ("Key Topics:") names what follows; it does not ask.
  if (/:\s*$/.test(raw.trim()) && score < 1 && numbered !== 'question') {
    tags.push('ends in ":"')
    score = Math.min(score, 0.3)
  }
  return {score, tags}
}

/** The bar a candidate clears on its own features. */
export const ASKS = 0.6

/** "12.", "3, 10, 23", "4-7": numbers alone, as a table of cross-references lists them; "2 + 2 = ?" asks. */
const NUMBERS_ONLY = /^[^\p{L}\p{N}]*\d+(?:[\s,;/&.\-–—]+\d+)*[^\p{L}\p{N}]*$/u

/**
 * A card front that makes sense alone: it has words, and is neither bare
 * numbers ("12.", "3, 10, 23") nor a bare label ("Answer", "Question 3").
 */
export function standsAlone(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text) || NUMBERS_ONLY.test(text)) return false
  const label = normalizeLabel(text)
  return ![ANSWER_LABEL, HINT_LABEL, QUESTION_LABEL].some((re) => re.test(label))
}
