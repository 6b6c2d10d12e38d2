/**
 * Numbered tasks answered by code. A file of exercises numbers its headings
 * and answers each with a fence ("### 4. Find the median salary." over a
 * query), and states most tasks as orders rather than questions, so its
 * headings fall short of a series that asks. The layout itself says it: the
 * numbered headings of one depth across the file (a numbering that restarts
 * per part is still one series) of which nearly all hold a code fence, and at
 * least a third ask by themselves. Then every one that holds code is a task,
 * if it is a sentence (four words or more) rather than a name; a tutorial's
 * "## 2. Install" steps over code ask nowhere and stay headings.
 */
import {ASKS, features} from './features.js'
import type {RawSection} from './sections.js'
import {cleanQuestionText, plainText} from './text.js'

/** Fewer coded members than this and the layout says nothing. */
const MIN_TASKS = 3

const answeredByCode = (section: RawSection) => section.body.some((block) => block.type === 'code')

/** The numbered headings of a file's tree, by depth. */
function numberedByDepth(sections: RawSection[], into = new Map<number, RawSection[]>()) {
  for (const section of sections) {
    const {text, numbered} = cleanQuestionText(plainText(section.heading))
    if (numbered === 'number' && text) into.set(section.depth, [...(into.get(section.depth) ?? []), section])
    numberedByDepth(section.children, into)
  }
  return into
}

/** The sections of one file's tree that are tasks of a coded series, and why. */
export function codeTasks(sections: RawSection[]): Map<RawSection, string> {
  const found = new Map<RawSection, string>()
  for (const [depth, members] of numberedByDepth(sections)) {
    const coded = members.filter(answeredByCode)
    const asking = coded.filter((section) => features(plainText(section.heading)).score >= ASKS).length
    if (coded.length < MIN_TASKS || coded.length * 3 < members.length * 2 || asking * 3 < coded.length) continue
    const why = `series of h${depth} numbered headings each answered by code: ${asking} of ${coded.length} ask`
    for (const section of coded) {
      const words = cleanQuestionText(plainText(section.heading)).text.split(/\s+/).length
      if (words >= 4) found.set(section, why)
    }
  }
  return found
}
