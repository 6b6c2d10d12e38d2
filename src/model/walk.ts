/** Walking a guide's section tree, depth first, without recursion (a guide may nest deep). */
import type {Guide, Section} from './types.js'

export function eachSection(sections: Section[], visit: (section: Section, parent: Section | null) => void): void {
  const stack: Array<{section: Section; parent: Section | null}> = sections
    .map((section) => ({section, parent: null}))
    .reverse()
  while (stack.length > 0) {
    const {section, parent} = stack.pop()!
    visit(section, parent)
    for (let index = section.children.length - 1; index >= 0; index--) {
      stack.push({section: section.children[index]!, parent: section})
    }
  }
}

/** Every section of a guide, depth first: for counts and lookups. */
export function allSections(guide: Guide): Section[] {
  const out: Section[] = []
  eachSection(guide.sections, (section) => out.push(section))
  return out
}
