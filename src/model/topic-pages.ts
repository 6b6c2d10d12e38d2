/**
 * Pages of interview topics. A book of notes names some of its pages as
 * questions ("react-questions.md", a "coding-questions/" chapter whose front
 * page is only its title) and writes each as a page title over one `##` per
 * topic: "Hoisting", "Props vs state", "Implement debounce". On such a page
 * every topic is a question, asked or not, answered by what is under it; a
 * page of one or two sections over code is one problem, its title the
 * question. A page built on the same pattern as pages named so (one that
 * opens by restating its title, as most of them do) is one of them though
 * its own name says nothing, and so is a page that goes on with one topic of
 * its chapter's page of questions.
 */
import path from 'node:path'
import type {RootContent} from 'mdast'
import {readBody} from './body.js'
import {ASKS, features} from './features.js'
import type {LabelMatcher} from './labels.js'
import type {Page, PageFindings} from './pages.js'
import type {RawSection} from './sections.js'
import {TASK} from './shown.js'
import {cleanQuestionText, squeezeTerm} from './text.js'

/** Fewer topics than this and a page is one problem, not a series of questions. */
const MIN_TOPICS = 3
/** Fewer pages than this sharing a pattern and it says nothing of the others. */
const MIN_PAGES = 3

const isFrontPage = (file: string) => /^(readme|index)$/i.test(path.posix.parse(file).name)

/** What a file's name calls its page: a front page is called by its folder's name. */
function nameOf(file: string): string {
  const {dir, name} = path.posix.parse(file)
  return (isFrontPage(file) ? path.posix.basename(dir) : name).replace(/[-_]+/g, ' ')
}

/** A front page of nothing but its title: its folder is one chapter, and each page in it is of the chapter. */
const bare = (page: Page) => page.title.body.length === 0 && page.title.children.length === 0

/** Pages named as questions, by themselves or by a bare chapter front page named so. */
function namedPages(pages: Page[], match: LabelMatcher): Set<Page> {
  const named = (page: Page) => match(nameOf(page.file)) === 'questions'
  const chapters = new Set(
    pages
      .filter((page) => isFrontPage(page.file) && bare(page) && named(page))
      .map((page) => path.posix.dirname(page.file)),
  )
  return new Set(pages.filter((page) => named(page) || chapters.has(path.posix.dirname(page.file))))
}

/** A page that opens by restating its title ("# Redux" then "## Redux"): what the subject is, then its topics. */
const restatesTitle = (page: Page) =>
  page.title.children.length >= MIN_TOPICS &&
  squeezeTerm(page.title.children[0]!.title) === squeezeTerm(page.title.title)

/** Pages that share the restating pattern with pages named as questions, when most of that pattern are named. */
function kinPages(pages: Page[], named: Set<Page>): Page[] {
  const restating = pages.filter(restatesTitle)
  const asking = restating.filter((page) => named.has(page)).length
  return restating.length >= MIN_PAGES && asking * 3 >= restating.length * 2 ? restating : []
}

/**
 * A topic with questions of its own (a category over a list of them, over
 * sub-headings that ask or are numbered, or over a series of sub-headings)
 * is a chapter, not one question.
 */
function holdsQuestions(section: RawSection, match: LabelMatcher): boolean {
  if (section.children.length >= MIN_TOPICS) return true
  const asking = section.children.some((child) => {
    const {numbered} = cleanQuestionText(child.title)
    return numbered !== null || features(child.title).score >= ASKS
  })
  return asking || readBody(section.body, [section.title], match).questions.length > 0
}

const linkOnly = (nodes: RootContent[]): boolean =>
  nodes.length > 0 &&
  nodes.every((node) => {
    if (node.type === 'list') return node.children.every((item) => linkOnly(item.children))
    if (node.type !== 'paragraph') return false
    return node.children.every((child) => child.type === 'link' || (child.type === 'text' && !child.value.trim()))
  })

/** A label (its colon) over nothing but links ("Resources:") points elsewhere; it asks nothing. */
const pointer = (section: RawSection) =>
  /:\s*$/.test(section.title) && section.children.length === 0 && linkOnly(section.body)

const holdsCode = (section: RawSection): boolean =>
  section.body.some((block) => block.type === 'code') || section.children.some(holdsCode)

/** A description that states a task or asks ("Write it three ways"): the page solves one problem. */
const statesTask = (page: Page) =>
  page.description !== undefined && (TASK.test(page.description) || features(page.description).score >= ASKS)

function findingsOf(page: Page, why: string, match: LabelMatcher): Map<number, string> {
  const topics = page.title.children
  const one = (what: string) => new Map([[page.title.position.line, `${why}, one problem: ${what}`]])
  // Its sections are then ways to solve it, not topics.
  if (statesTask(page) && holdsCode(page.title)) return one('a page whose description states a task')
  if (topics.length < MIN_TOPICS)
    return holdsCode(page.title) ? one(`a title over ${topics.length} sections and code`) : new Map()
  const asked = topics.filter((topic) => topic.title.trim() !== '' && !pointer(topic) && !holdsQuestions(topic, match))
  return new Map(asked.map((topic) => [topic.position.line, `a topic of ${why}`]))
}

/**
 * Pages that go on with one topic of their chapter's question page: the
 * folder's front page is a page of questions and one of its topics is this
 * page's title ("## Streams" there, "# Streams" here, in more depth).
 */
function elaboratingPages(pages: Page[], asking: Set<Page>): Page[] {
  const fronts = new Map(
    [...asking].filter((page) => isFrontPage(page.file)).map((page) => [path.posix.dirname(page.file), page]),
  )
  return pages.filter((page) => {
    const front = fronts.get(path.posix.dirname(page.file))
    const title = squeezeTerm(page.title.title)
    return (
      front !== undefined && front !== page && front.title.children.some((topic) => squeezeTerm(topic.title) === title)
    )
  })
}

export function topicPages(pages: Page[], match: LabelMatcher): PageFindings {
  // A lone file's name names the whole guide, not one page of it.
  if (pages.length < 2) return new Map()
  const named = namedPages(pages, match)
  const asking = new Map([...named].map((page) => [page, 'a page named as questions']))
  for (const page of kinPages(pages, named))
    if (!asking.has(page)) asking.set(page, 'a page built as the pages named as questions')
  for (const page of elaboratingPages(pages, new Set(asking.keys())))
    if (!asking.has(page)) asking.set(page, "a page that goes on with a topic of its chapter's page of questions")
  return new Map([...asking].map(([page, why]) => [page.file, findingsOf(page, why, match)]))
}
