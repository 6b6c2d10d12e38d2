/**
 * A heading restated by the heading right after it. Some guides number a
 * question in one heading and, with nothing between, repeat it unnumbered in
 * a second heading of the same depth ("### 12. What is X?" then "### What is
 * X in SQL?") before the answer. The two are one heading: the first keeps its
 * text, the second's body and sub-sections become its own, and the second is
 * no question of its own. Whether the second restates the first is read from
 * the two texts alone: the same words give or take a few, and the same numbers.
 * Two equal headings that are not numbered so ("## Notes" twice) stay two.
 */
import {distance} from 'fastest-levenshtein'
import type {RawSection} from './sections.js'
import {cleanQuestionText, normalizeQuestion} from './text.js'

/** How far apart two spellings of one text may be: a fifth of the longer, in characters ("Function" and "functions"). */
const SHARE = 0.2

/** How much of the longer text the shorter's words must make: "What is a view" of "What is a view in SQL". */
const OVERLAP = 0.6

const wordsOf = (text: string) => text.split(' ').filter(Boolean)
const numbersOf = (words: string[]) => words.filter((word) => /\d/.test(word)).join(' ')

/**
 * Two heading texts that say the same, numbering aside: no number differs
 * ("Step 1" is not "Step 2"), and the longer adds a few words to all of the
 * shorter's, or spells the same within a few characters.
 */
export function restates(first: string, second: string): boolean {
  const [a, b] = [normalizeQuestion(first), normalizeQuestion(second)]
  if (a === '' || b === '') return false
  const [short, long] = a.length <= b.length ? [wordsOf(a), wordsOf(b)] : [wordsOf(b), wordsOf(a)]
  if (numbersOf(short) !== numbersOf(long)) return false
  const longer = new Set(long)
  if (short.every((word) => longer.has(word)) && short.length >= OVERLAP * long.length) return true
  return distance(a, b) <= SHARE * Math.max(a.length, b.length)
}

/** A section moved under another title: its path and its sub-sections' paths name that title. */
function renamed(section: RawSection, at: number, title: string): RawSection {
  const path = section.path.map((part, index) => (index === at ? title : part))
  return {...section, path, children: section.children.map((child) => renamed(child, at, title))}
}

/** An empty section and the same-depth sibling right after it that restates its heading: one section. */
function merged(empty: RawSection, restatement: RawSection): RawSection {
  const at = empty.path.length - 1
  return {...empty, body: restatement.body, children: restatement.children.map((c) => renamed(c, at, empty.title))}
}

const isEmpty = (section: RawSection) => section.body.length === 0 && section.children.length === 0
const isNumbered = (section: RawSection) => cleanQuestionText(section.title).numbered !== null

/** A numbered heading with nothing under it, and right after it one of its depth, unnumbered, that says the same. */
const restatedBy = (first: RawSection, second: RawSection) =>
  isEmpty(first) &&
  !first.generated &&
  first.depth === second.depth &&
  isNumbered(first) &&
  !isNumbered(second) &&
  restates(first.title, second.title)

/** The tree with each heading that restates the empty one before it folded into that one, at every level. */
export function withoutRestatedHeadings(sections: RawSection[]): RawSection[] {
  const out: RawSection[] = []
  for (const section of sections) {
    const before = out[out.length - 1]
    if (before && restatedBy(before, section)) out[out.length - 1] = merged(before, section)
    else out.push(section)
  }
  return out.map((section) => ({...section, children: withoutRestatedHeadings(section.children)}))
}
