/**
 * The pages of a book, seen side by side. A guide of many files is often made
 * of pages built on one pattern: one page per problem under the same fixed
 * sub-headings, or topic pages that each list a subject's interview topics.
 * What a page is shows in its likeness to the others, so this reads every
 * file's outline before any file is read for questions, and tells each file
 * which of its headings are questions because of the page they are on
 * (problem-pages.ts, topic-pages.ts).
 */
import path from 'node:path'
import GithubSlugger from 'github-slugger'
import type {Root} from 'mdast'
import {parse as parseYaml} from 'yaml'
import type {LabelMatcher} from './labels.js'
import {problemPages} from './problem-pages.js'
import {type RawSection, sectionTree} from './sections.js'
import {topicPages} from './topic-pages.js'

/** A file whose headings are one `#` title over `##` sections: a page, as a book is made of. */
export interface Page {
  file: string
  /** The page's title heading. */
  title: RawSection
  /** What the page's front matter says it is about (GitBook's, MkDocs' `description`). */
  description?: string
}

/** What a page rule found: per file, the lines of the headings that are questions, and why. */
export type PageFindings = Map<string, Map<number, string>>

export interface Pages {
  /** The file is one problem: its title is the question, not the guide's title. */
  isProblem(file: string): boolean
  /** The title of the book's front page (the shallowest README or index that is no problem), for the guide's. */
  frontTitle?: string
  /** The title sections of a file that are one problem each (problem-pages.ts), and why. */
  problems(file: string, sections: RawSection[]): Map<RawSection, string>
  /** The sections of a file that are questions as the topics of their page (topic-pages.ts), and why. */
  topics(file: string, sections: RawSection[]): Map<RawSection, string>
}

/** The `description` of a page's front matter, when it has one. */
function descriptionOf(root: Root): string | undefined {
  const yaml = root.children.find((node) => node.type === 'yaml')
  if (!yaml) return undefined
  try {
    const data: unknown = parseYaml(yaml.value, {logLevel: 'error', maxAliasCount: 100})
    const description = data && typeof data === 'object' ? (data as Record<string, unknown>).description : undefined
    return typeof description === 'string' ? description.trim() : undefined
  } catch {
    return undefined
  }
}

/** A file's page, when its outline is one title over its sections. */
function pageOf(file: string, root: Root): Page | undefined {
  const {sections} = sectionTree(root, file, new GithubSlugger())
  const [title, ...more] = sections
  if (!title || more.length > 0 || title.depth !== 1) return undefined
  const description = descriptionOf(root)
  return {file, title, ...(description ? {description} : {})}
}

const lineOf = (section: RawSection) => section.position.line

function collect(sections: RawSection[], lines: Map<number, string> | undefined, into: Map<RawSection, string>) {
  if (!lines) return into
  for (const section of sections) {
    // A section made for a file's text before its first heading is no heading of the page.
    const why = section.generated ? undefined : lines.get(lineOf(section))
    if (why !== undefined) into.set(section, why)
    collect(section.children, lines, into)
  }
  return into
}

const depthOf = (file: string) => file.split('/').length

/** The book's front page: its shallowest README or index. */
function frontPage(pages: Page[]): Page | undefined {
  const fronts = pages.filter((page) => /^(readme|index)\.[^.]+$/i.test(path.posix.basename(page.file)))
  return fronts.sort((a, b) => depthOf(a.file) - depthOf(b.file))[0]
}

export function readPages(documents: Array<{file: string; root: Root}>, match: LabelMatcher): Pages {
  // A lone file is no book of pages: it is spared the second reading of its outline.
  const pages = documents.length < 2 ? [] : documents.flatMap(({file, root}) => pageOf(file, root) ?? [])
  const problems = problemPages(pages)
  const topics = topicPages(pages, match)
  const front = frontPage(pages.filter((page) => !problems.has(page.file)))
  return {
    isProblem: (file) => problems.has(file),
    ...(front ? {frontTitle: front.title.title} : {}),
    problems: (file, sections) => collect(sections, problems.get(file), new Map()),
    topics: (file, sections) => collect(sections, topics.get(file), new Map()),
  }
}
