/**
 * `studypack list --questions`: every question the model found, with its
 * kind, section and answer, so that an author can check what the tool saw.
 */
import type {RootContent} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {mathToMarkdown} from 'mdast-util-math'
import {toMarkdown} from 'mdast-util-to-markdown'
import type {Study} from './study.js'
import type {Question, QuestionKind, Section} from '../model/types.js'
import {allSections} from './sections.js'

export interface QuestionEntry {
  text: string
  kind: QuestionKind
  /** Slug of its section. */
  section: string
  /** Heading titles from the top down to its section. */
  path: string[]
  label: string
  /** Markdown of what the question shows (the code it asks about, its options), printed with it. */
  shown?: string
  /** Markdown, or null when neither the guide nor the answer key answers it. */
  answer: string | null
  answerFrom: 'guide' | 'key' | null
  hint: string | null
  difficulty: Question['difficulty']
  layout: Question['layout'] | null
  file: string
  line: number
  /** The heading above, when it is a title and the question is the line below it. */
  title?: string
  titleLine?: number
  /** The stem a sub-question belongs to. */
  context?: string
  /** Where the guide points for the answer, when it only links to one. */
  elsewhere?: string
  meta?: string[]
  /** Why it was taken: its features, its series (see `list --questions --explain`). */
  why: string[]
}

function markdown(blocks: RootContent[] | null): string | null {
  if (!blocks) return null
  return toMarkdown({type: 'root', children: blocks}, {extensions: [gfmToMarkdown(), mathToMarkdown()]}).trim()
}

function entry(question: Question, section: Section): QuestionEntry {
  return {
    text: question.text,
    kind: question.kind,
    section: question.section,
    path: section.path,
    label: question.label,
    ...(question.shown?.length ? {shown: markdown(question.shown)!} : {}),
    answer: markdown(question.answer),
    answerFrom: question.answerFrom ?? (question.answer ? 'guide' : null),
    hint: markdown(question.hint),
    difficulty: question.difficulty,
    layout: question.layout ?? null,
    file: question.position.file,
    line: question.position.line,
    ...(question.title ? {title: question.title} : {}),
    ...(question.titleLine ? {titleLine: question.titleLine} : {}),
    ...(question.context ? {context: question.context} : {}),
    ...(question.elsewhere ? {elsewhere: question.elsewhere} : {}),
    ...(question.meta ? {meta: question.meta} : {}),
    why: question.why ?? [],
  }
}

export function questionListing(study: Study): QuestionEntry[] {
  return allSections(study.guide).flatMap((section) => section.questions.map((question) => entry(question, section)))
}

/** What was attached as the answer, in a line: its kinds of blocks and how it opens. */
function attached(one: QuestionEntry): string {
  if (one.answer === null) return one.elsewhere ? `none here; answer elsewhere: ${one.elsewhere}` : 'none'
  const from = one.answerFrom === 'key' ? 'the answer key' : 'the guide'
  return `from ${from}, ${opening(one.answer)}`
}

/** How many lines some markdown has, and how it opens. */
function opening(markdown: string): string {
  const lines = markdown.split('\n').filter((line) => line.trim()).length
  const start = markdown.replace(/\s+/g, ' ').slice(0, 70)
  return `${lines} line${lines === 1 ? '' : 's'}: ${start}${markdown.length > 70 ? '…' : ''}`
}

function explainLines(one: QuestionEntry): string[] {
  return [
    ...(one.title ? [`      title: ${one.title}${one.titleLine ? ` (line ${one.titleLine})` : ''}`] : []),
    ...(one.context ? [`      context: ${one.context}`] : []),
    `      why: ${one.why.length ? one.why.join('; ') : 'found by the layout it is in'}`,
    ...(one.shown ? [`      shows: ${opening(one.shown)}`] : []),
    `      answer: ${attached(one)}`,
    ...(one.hint ? [`      hint: ${one.hint.replace(/\s+/g, ' ').slice(0, 70)}`] : []),
  ]
}

export function printQuestions(entries: QuestionEntry[], options: {explain?: boolean} = {}): void {
  const kinds = new Map<string, number>()
  for (const one of entries) kinds.set(one.kind, (kinds.get(one.kind) ?? 0) + 1)
  const answered = entries.filter((one) => one.answer !== null).length
  const summary = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')
  const out = [`${entries.length} questions${summary ? ` (${summary})` : ''}, ${answered} with an answer`]
  let section: string | undefined
  for (const one of entries) {
    if (one.section !== section) out.push('', one.path.join(' > '))
    section = one.section
    const mark = one.answer === null ? '-' : one.answerFrom === 'key' ? 'K' : 'A'
    const tags = [one.difficulty, one.hint !== null && 'hint'].filter(Boolean).join(', ')
    out.push(`  ${mark} ${one.kind.padEnd(10)} ${one.text}${tags ? `  [${tags}]` : ''}  (${one.file}:${one.line})`)
    if (options.explain) out.push(...explainLines(one))
  }
  out.push('', 'A: answered in the guide, K: answered by the answer key, -: no answer')
  process.stdout.write(`${out.join('\n')}\n`)
}
