/**
 * Comparisons. A heading that sets two things side by side ("Props vs
 * state", "Difference between a process and a thread", "Compare TCP to UDP")
 * asks how they differ, though it has no question word: in a series of
 * headings it counts as one that asks (headings.ts), so that a run of them,
 * or of them and questions, is a series of questions. One alone among names
 * may be a chapter's name, and stays one.
 */
import {cleanQuestionText} from './text.js'

/** "A vs B", "A versus B", "Difference(s) between A and B", "Compare A to/with/and B". */
const COMPARES = [
  /\S\s+(?:vs\.?|versus)\s+\S/i,
  /^(?:the\s+)?differences?\s+(?:between|of)\s+\S.*\s(?:and|&)\s+\S/i,
  /^compare\s+\S.*\s(?:to|with|and)\s+\S/i,
]

export const isComparison = (title: string) => {
  const {text} = cleanQuestionText(title)
  return COMPARES.some((re) => re.test(text))
}
