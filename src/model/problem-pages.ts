/**
 * Pages that are each one problem. A book of solutions gives every problem a
 * page titled by its catalogue number and name ("# 42. Stack of plates"),
 * then the same sub-headings on every page (idea, approach, complexity,
 * code). Such a page asks one thing, its title, and the whole page answers
 * it; the fixed sub-headings are the answer's structure, not questions. The
 * signal is the pattern the pages share: three pages or more whose sections
 * have the same titles in the same order, most of them titled by a number
 * and a name, the numbers a catalogue's (they skip) rather than chapters'
 * (1, 2, 3 in a row). A bare number is no question: the name is what a card says.
 */
import type {Page, PageFindings} from './pages.js'
import {normalizeLabel, plainText} from './text.js'

/** Fewer pages than this sharing one pattern and it says nothing. */
const MIN_PAGES = 3

/** A catalogue title: a number, then a name with letters ("7 Coin change", "#12. Split a string"). */
const CATALOGUE = /^#?\d{1,5}[.):]?\s+\S*\p{L}/u

export const isCatalogueTitle = (title: string) => CATALOGUE.test(title)

/** The titles of a page's sections, in order: the page's skeleton. */
const skeletonOf = (page: Page) => page.title.children.map((section) => normalizeLabel(section.title)).join('\n')

const numberOf = (page: Page) => Number(/\d+/.exec(plainText(page.title.heading))?.[0])

/** Numbers that run without a gap (1, 2, 3…) count chapters; a catalogue's ids skip (1, 9, 42). */
function consecutive(numbers: number[]): boolean {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  return sorted.every((number, index) => index === 0 || number === sorted[index - 1]! + 1)
}

export function problemPages(pages: Page[]): PageFindings {
  const bySkeleton = new Map<string, Page[]>()
  for (const page of pages) {
    if (page.title.children.length < 2) continue
    const key = skeletonOf(page)
    bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), page])
  }
  const found: PageFindings = new Map()
  for (const [skeleton, group] of bySkeleton) {
    const titled = group.filter((page) => isCatalogueTitle(plainText(page.title.heading)))
    if (group.length < MIN_PAGES || titled.length * 3 < group.length * 2 || consecutive(titled.map(numberOf))) continue
    const sections = skeleton.split('\n').length
    const why = `a page titled by a catalogue number and name, one of ${group.length} pages with the same ${sections} sections`
    for (const page of titled) found.set(page.file, new Map([[page.title.position.line, why]]))
  }
  return found
}
