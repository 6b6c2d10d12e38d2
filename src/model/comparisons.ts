/**
 * Runs of comparisons. A page that sets two things side by side again and
 * again ("Props vs state", "Difference between a process and a thread",
 * "Compare TCP to UDP") asks the same question each time: how do they
 * differ? One such heading may be a chapter's name; a series of sibling
 * headings most of which compare is a series of questions, and every
 * comparison in it is one.
 */
import type {RawSection} from './sections.js'
import {cleanQuestionText, plainText} from './text.js'

/** Fewer comparisons than this among siblings and they are names, not a series. */
const MIN_RUN = 3

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

function visit(siblings: RawSection[], found: Map<RawSection, string>) {
  const run = siblings.filter((section) => isComparison(plainText(section.heading)))
  if (run.length >= MIN_RUN && run.length * 3 >= siblings.length * 2) {
    const why = `a series of comparisons: ${run.length} of ${siblings.length} sibling headings compare`
    for (const section of run) found.set(section, why)
  }
  for (const section of siblings) visit(section.children, found)
}

/** The headings of a file's tree that are questions as members of a run of comparisons, and why. */
export function comparisonRuns(sections: RawSection[]): Map<RawSection, string> {
  const found = new Map<RawSection, string>()
  visit(sections, found)
  return found
}
