/**
 * The pages of a book, seen side by side. A guide of many files is often made
 * of pages built on one pattern: one page per problem under the same fixed
 * sub-headings, or topic pages that each list a subject's interview topics.
 * What a page is shows in its likeness to the others, so this reads every
 * file's outline before any file is read for questions, and tells each file
 * which of its headings are questions because of the page they are on
 * (problem-pages.ts, topic-pages.ts).
 */
import GithubSlugger from 'github-slugger'
import type {Root} from 'mdast'
import type {LabelMatcher} from './labels.js'
import {problemPages} from './problem-pages.js'
import {type RawSection, sectionTree} from './sections.js'

/** A file whose headings are one `#` title over `##` sections: a page, as a book is made of. */
export interface Page {
  file: string
  /** The page's title heading. */
  title: RawSection
}

/** What a page rule found: per file, the lines of the headings that are questions, and why. */
export type PageFindings = Map<string, Map<number, string>>

export interface Pages {
  /** The file is one problem: its title is the question, not the guide's title. */
  isProblem(file: string): boolean
  /** The sections of a file that are questions because of the page they are on, and why. */
  questions(file: string, sections: RawSection[]): Map<RawSection, string>
}

/** A file's page, when its outline is one title over its sections. */
function pageOf(file: string, root: Root): Page | undefined {
  const {sections} = sectionTree(root, file, new GithubSlugger())
  const [title, ...more] = sections
  return title && more.length === 0 && title.depth === 1 ? {file, title} : undefined
}

const lineOf = (section: RawSection) => section.position.line

function collect(sections: RawSection[], lines: Map<number, string>, into: Map<RawSection, string>) {
  for (const section of sections) {
    const why = lines.get(lineOf(section))
    if (why !== undefined) into.set(section, why)
    collect(section.children, lines, into)
  }
  return into
}

export function readPages(documents: Array<{file: string; root: Root}>, _match: LabelMatcher): Pages {
  const pages = documents.flatMap(({file, root}) => pageOf(file, root) ?? [])
  const problems = problemPages(pages)
  return {
    isProblem: (file) => problems.has(file),
    questions: (file, sections) => {
      const lines = problems.get(file)
      return lines ? collect(sections, lines, new Map()) : new Map()
    },
  }
}
