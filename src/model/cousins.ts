/**
 * Cousin headings: a question bank that files its questions in small groups
 * ("## Market sizing (3)" over three `###` questions) leaves each group too
 * small to say much as a series, and a group of orders ("Estimate …") may
 * have none that asks by its wording. The file says it instead: its headings
 * of one depth and numbering, across all groups, are one series. When that
 * series asks, a leaf heading that is a sentence (four words or more ending
 * in a full stop, not a name such as "Market sizing") is one of its questions.
 */
import {ASKS, features} from './features.js'
import type {RawSection} from './sections.js'
import {seriesVerdicts} from './series.js'
import {cleanQuestionText, plainText} from './text.js'

/** Fewer cousins than this and the file's series says no more than the groups' own. */
const MIN_COUSINS = 6

const shapeOf = (section: RawSection) => {
  const {numbered} = cleanQuestionText(plainText(section.heading))
  return `h${section.depth} ${numbered ?? 'plain'}`
}

/** Every leaf section of a file's tree (no sub-sections), by shape. */
function leavesByShape(sections: RawSection[], into = new Map<string, RawSection[]>()) {
  for (const section of sections) {
    if (section.children.length > 0) {
      leavesByShape(section.children, into)
      continue
    }
    const same = into.get(shapeOf(section))
    if (same) same.push(section)
    else into.set(shapeOf(section), [section])
  }
  return into
}

/** "Estimate the market for home robots in one country.": a sentence, not a name. */
const isSentence = (text: string) => /[.!]["'”’)]*$/.test(text) && text.split(/\s+/).length >= 4

/** The leaf headings of a file that ask by their cousins alone, and why. */
export function cousinQuestions(sections: RawSection[]): Map<RawSection, string> {
  const found = new Map<RawSection, string>()
  for (const [shape, leaves] of leavesByShape(sections)) {
    if (leaves.length < MIN_COUSINS) continue
    const members = leaves.map((section) => ({shape, score: features(plainText(section.heading)).score}))
    const verdict = seriesVerdicts(members, () => `series of ${shape} headings across the file`).get(shape)
    if (!verdict?.asks) continue
    for (const [index, section] of leaves.entries()) {
      const text = cleanQuestionText(plainText(section.heading)).text
      if (members[index]!.score < ASKS && isSentence(text)) found.set(section, verdict.why)
    }
  }
  return found
}
