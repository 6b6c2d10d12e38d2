/**
 * Stage 2: mdast → the typed model of a guide. Sections come from headings,
 * parts from labelled lists, questions from every layout a guide asks in:
 * lists, headings, bold paragraphs, tables, `<details>` summaries.
 */
import path from 'node:path'
import GithubSlugger from 'github-slugger'
import type {Root, RootContent} from 'mdast'
import {parse as parseYaml} from 'yaml'
import {readBody} from './body.js'
import {standsAlone} from './features.js'
import {headingQuestions} from './headings.js'
import {labelMatcher, type LabelMatcher, type Vocabulary, DEFAULT_VOCABULARY} from './labels.js'
import {type Pages, readPages} from './pages.js'
import {toQuestion, type Draft} from './questions.js'
import {withoutRepeats} from './repeats.js'
import {withRestatedAnswers} from './restated.js'
import {shownSplits} from './shown.js'
import {withoutTemplateSamples} from './templates.js'
import {withSubQuestions} from './stems.js'
import {sectionTree, type RawSection} from './sections.js'
import {codeTasks} from './tasks.js'
import {topicAnswers} from './topic-answers.js'
import {cousinQuestions} from './cousins.js'
import {withoutTrailer} from './trailers.js'
import type {Guide, Section} from './types.js'

export type * from './types.js'

export interface SourceDocument {
  /** Path relative to the content folder, for messages. */
  file: string
  root: Root
}

export interface ModelOptions {
  vocabulary?: Vocabulary
  /** Used when the guide names no title of its own. */
  fallbackTitle?: string
}

function frontMatterOf(root: Root): Record<string, unknown> {
  const yaml = root.children.find((node) => node.type === 'yaml')
  if (!yaml) return {}
  try {
    // Unknown tags (`!!js/function`) are left as text, without YAML's multi-line warning; aliases stay few.
    const data: unknown = parseYaml(yaml.value, {logLevel: 'error', maxAliasCount: 100})
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  } catch {
    return {} // Broken front matter is the author's notes, not a reason to refuse the guide.
  }
}

/**
 * A level of sibling sections. A question heading's section is that one
 * question; its sub-sections are its answer (STAR parts, say), so nothing in
 * them is read as parts or questions, but for a follow-up heading that asks
 * by itself.
 */
function finishLevel(
  raws: RawSection[],
  file: string,
  match: LabelMatcher,
  placed: Placed,
  found: Found,
  parent?: string,
  inAnswer = false,
): Section[] {
  const underQuestions = parent !== undefined && match(parent) === 'questions'
  const chapters = new Map<RawSection, string>()
  const points = new Set<RawSection>()
  const asked = headingQuestions(
    raws,
    match,
    underQuestions,
    inAnswer,
    placed.byLayout,
    chapters,
    placed.byPage,
    points,
  )
  return raws.map((raw): Section => {
    const question = asked.get(raw)
    if (question) {
      const context = [...raw.path].reverse().slice(1)
      const label = context[0] ?? ''
      const {text, difficulty, title, titleNode, why, node, blocks} = question
      const draft = {text, difficulty, label, context, blocks, node, title, titleNode, why, layout: 'heading' as const}
      const children = finishLevel(raw.children, file, match, placed, found, raw.title, true)
      const section: Section = {...raw, parts: [], questions: [], children}
      for (const one of withSubQuestions(draft).filter((sub) => standsAlone(sub.text)))
        found.push({draft: one, section})
      return section
    }
    // A point of a numbered question's answer, set at the question's own depth (answer-points.ts), is answer too.
    const answering = inAnswer || points.has(raw)
    const children = finishLevel(raw.children, file, match, placed, found, raw.title, answering)
    if (answering) return {...raw, parts: [], questions: [], children}
    const {parts, questions} = readBody(raw.body, raw.generated ? [] : [...raw.path].reverse(), match)
    const chapter = chapters.get(raw)
    const section: Section = {...raw, parts, questions: [], children}
    const drafts = questions
      .map((draft) => (chapter ? {...draft, why: [...(draft.why ?? []), chapter]} : draft))
      .flatMap(withSubQuestions)
      .filter((draft) => standsAlone(draft.text))
    for (const draft of drafts) found.push({draft, section})
    return section
  })
}

/**
 * Headings that are questions by where they are, and why: by the layout around them (code tasks, a problem
 * page's title), or as the topics of their page, whatever their answer opens with.
 */
interface Placed {
  byLayout: Map<RawSection, string>
  byPage: Map<RawSection, string>
}

/** The drafts of a file, each with its section: made questions together, since what one shows depends on its series. */
type Found = Array<{draft: Draft; section: Section}>

/** A file's sections with their questions: every draft made a question here, in one place for all layouts. */
function finishFile(sections: RawSection[], file: string, match: LabelMatcher, pages: Pages): Section[] {
  const found: Found = []
  // Headings that ask by their place: numbered tasks over code, cousins of question headings across the file,
  // a book's problem pages; or as the topics of their page.
  const byLayout = new Map([...cousinQuestions(sections), ...codeTasks(sections), ...pages.problems(file, sections)])
  const finished = finishLevel(sections, file, match, {byLayout, byPage: pages.topics(file, sections)}, found)
  // Bold items that answer the topics an earlier list of the file named (topic-answers.ts).
  found.push(...topicAnswers(finished, new Set(found.map((one) => one.draft.node as RootContent))))
  withoutTrailer(found.map((one) => one.draft))
  const shows = shownSplits(found.map((one) => one.draft))
  for (const {draft, section} of found) section.questions.push(toQuestion(draft, section, file, shows))
  return finished
}

function tagsOf(front: Record<string, unknown>): string[] {
  const tags = front.tags
  if (typeof tags === 'string')
    return tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean)
  return Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string' || typeof tag === 'number').map(String) : []
}

/** A lone top-level `#` heading that opens the document is its title, not a section. */
function promoteTitle(sections: RawSection[]): {title?: string; intro: RootContent[]; sections: RawSection[]} {
  const [only] = sections
  if (sections.length !== 1 || only === undefined || only.depth !== 1) return {intro: [], sections}
  const lift = (section: RawSection): RawSection => ({
    ...section,
    path: section.path.slice(1),
    children: section.children.map(lift),
  })
  return {title: only.title, intro: only.body, sections: only.children.map(lift)}
}

/** A later file's text before its first heading becomes a section named after the file. */
function preambleSection(file: string, body: RootContent[], slugger: GithubSlugger, named?: string): RawSection {
  const title = named || path.basename(file, path.extname(file)).replace(/[-_]+/g, ' ')
  const heading = {type: 'heading' as const, depth: 1 as const, children: [{type: 'text' as const, value: title}]}
  const position = {file, line: 1, column: 1}
  return {
    slug: slugger.slug(title),
    title,
    depth: 1,
    path: [title],
    position,
    heading,
    body,
    children: [],
    generated: true,
  }
}

export function buildGuide(documents: SourceDocument[], options: ModelOptions = {}): Guide {
  const match = labelMatcher(options.vocabulary ?? DEFAULT_VOCABULARY)
  const slugger = new GithubSlugger()
  const pages = readPages(documents, match)
  const guide: Guide = {
    title: '',
    intro: [],
    sections: [],
    sources: documents.map((doc) => doc.file),
    frontMatter: {},
    tags: [],
  }
  for (const [index, {file, root}] of documents.entries()) {
    const tree = sectionTree(root, file, slugger)
    let sections = tree.sections
    if (index === 0) {
      // A first page that is one problem keeps its title as its question.
      const promoted = pages.isProblem(file)
        ? {title: pages.frontTitle, intro: [], sections: tree.sections}
        : promoteTitle(tree.sections)
      const front = frontMatterOf(root)
      guide.frontMatter = front
      guide.tags = tagsOf(front)
      guide.title = (typeof front.title === 'string' && front.title.trim()) || promoted.title || ''
      const intro = [...tree.preamble, ...promoted.intro]
      sections = promoted.sections
      // A guide that asks before its first heading (or has none) gets that part as a section of its own.
      if (readBody(intro, [], match).questions.length > 0) {
        sections = [preambleSection(file, intro, slugger, guide.title), ...sections]
      } else guide.intro = intro
    } else if (tree.preamble.length > 0) {
      sections = [preambleSection(file, tree.preamble, slugger), ...sections]
    }
    guide.sections.push(...finishFile(sections, file, match, pages))
  }
  withoutRepeats(guide.sections)
  withoutTemplateSamples(guide.sections, documents)
  withRestatedAnswers(guide.sections)
  guide.title ||= options.fallbackTitle || 'Study guide'
  return guide
}
