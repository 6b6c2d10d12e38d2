/**
 * Numbered titles over one statement each. "### Exercise 3: Retry client"
 * over the single line "Write a client that retries a failed call." names the
 * task in its title and states it below, an order rather than a question, and
 * leaves it to the reader. Three or more sibling headings numbered as titles
 * (TITLE_PREFIX: "Problem 2:", "Task 4 -"), nearly all of which hold that one
 * paragraph and nothing more, are a set of such tasks: each statement is a
 * question, titled by its heading. A heading over an example's code or a
 * walk-through holds more than one paragraph and is not one of them.
 */
import {TITLE_PREFIX} from './labels.js'
import type {RawSection} from './sections.js'
import {plainText, stripEmoji} from './text.js'

/** Fewer tasks than this and the layout says nothing. */
const MIN_TASKS = 3

const isTitled = (section: RawSection) => TITLE_PREFIX.test(stripEmoji(plainText(section.heading)))

/** Its whole section is one paragraph: the statement, with nothing under it. */
const isStatement = (section: RawSection) =>
  section.children.length === 0 && section.body.length === 1 && section.body[0]!.type === 'paragraph'

/** The sibling sections that are stated tasks, and why. */
export function statedTasks(siblings: RawSection[]): Map<RawSection, string> {
  const titled = siblings.filter(isTitled)
  const stated = titled.filter(isStatement)
  const found = new Map<RawSection, string>()
  if (stated.length < MIN_TASKS || stated.length * 3 < titled.length * 2) return found
  const why = `a series of numbered titles each over one statement: ${stated.length} of ${titled.length}`
  for (const section of stated) found.set(section, why)
  return found
}
