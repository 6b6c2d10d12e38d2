/**
 * Series: runs of blocks of the same shape (sibling headings of one depth and
 * numbering, the items of one list, paragraphs opened the same way). A guide
 * is regular in its own way: when two thirds or more of a series ask, every member is a
 * question, even "Reverse a linked list in place." or "Epoch vs. batch".
 */
import {ASKS} from './features.js'

export interface Member {
  /** The series it belongs to: blocks with the same key are one series. */
  shape: string
  /** Its own score (features.ts). */
  score: number
}

export interface SeriesVerdict {
  /** Every member is a question. */
  asks: boolean
  /** How many members it has: a series of only three says less of its members than a longer one. */
  size: number
  /** "h4 numbered: 12 of 15 ask", for the explain listing. */
  why: string
}

/** Fewer members than this and a series says nothing beyond its members' own features. */
const MIN_SERIES = 3

export function seriesVerdicts(members: Member[], describe: (shape: string) => string = (s) => s) {
  const groups = new Map<string, Member[]>()
  for (const member of members) groups.set(member.shape, [...(groups.get(member.shape) ?? []), member])
  const verdicts = new Map<string, SeriesVerdict>()
  for (const [shape, group] of groups) {
    const asking = group.filter((member) => member.score >= ASKS).length
    const why = `${describe(shape)}: ${asking} of ${group.length} ask`
    verdicts.set(shape, {asks: group.length >= MIN_SERIES && asking * 3 >= group.length * 2, size: group.length, why})
  }
  return verdicts
}

/**
 * Whether a member that does not ask by itself joins its series' questions.
 * In a series of only three, two that ask say little of the third: it joins
 * when it is a sentence (a full stop, or four words or more), not when it is
 * a name ("DNS resolver", "Confusion matrix") among two questions.
 */
export function joins(verdict: SeriesVerdict | undefined, text: string): boolean {
  if (!verdict?.asks) return false
  return verdict.size > MIN_SERIES || /[.!。！]["'”’)]*$/.test(text.trim()) || text.trim().split(/\s+/).length >= 4
}
