/**
 * The answer key: a markdown file beside the guide (`answers.md`, or the
 * manifest's `answers`), one heading per question and its answer below. It is
 * matched to the guide's questions by normalised text; a question the guide
 * answers itself keeps its own answer. Entries that match no question are
 * reported, with the nearest question when there is one close enough.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {closest, distance} from 'fastest-levenshtein'
import type {Root, RootContent} from 'mdast'
import type {Content} from '../input/content.js'
import {decodeText} from '../input/content.js'
import {splitAnswer} from './answer.js'
import {questionOf} from './questions.js'
import {normalizeQuestion} from './text.js'
import type {Guide, Question, Section} from './types.js'
import {parseMarkdown} from '../input/parse.js'

export const DEFAULT_ANSWERS = 'answers.md'

export interface AnswerEntry {
  text: string
  /** Normalised text, what a question is matched by. */
  key: string
  answer: RootContent[]
  line: number
}

/** A lone `#` heading that opens the file is its title; a heading right above a deeper one groups entries. */
export function readAnswerKey(root: Root): AnswerEntry[] {
  const blocks = root.children.filter((node) => node.type !== 'yaml')
  const headings = blocks.filter((node) => node.type === 'heading')
  const title =
    headings[0]?.depth === 1 && headings.filter((heading) => heading.depth === 1).length === 1 ? headings[0] : undefined
  const entries: AnswerEntry[] = []
  for (const [index, node] of blocks.entries()) {
    if (node.type !== 'heading' || node === title) continue
    const next = blocks[index + 1]
    if (next?.type === 'heading' && next.depth > node.depth) continue
    const end = blocks.findIndex((block, at) => at > index && block.type === 'heading' && block.depth <= node.depth)
    const text = questionOf(node.children).text
    if (!text) continue
    entries.push({
      text,
      key: normalizeQuestion(text),
      answer: blocks.slice(index + 1, end < 0 ? undefined : end),
      line: node.position?.start.line ?? 0,
    })
  }
  return entries
}

function allQuestions(sections: Section[]): Question[] {
  return sections.flatMap((section) => [...section.questions, ...allQuestions(section.children)])
}

/** Fill in the answers the guide lacks; returns warnings for entries that match nothing. */
export function attachAnswerKey(guide: Guide, entries: AnswerEntry[], file: string): string[] {
  const questions = allQuestions(guide.sections)
  const byKey = new Map<string, Question[]>()
  for (const question of questions) {
    const key = normalizeQuestion(question.text)
    byKey.set(key, [...(byKey.get(key) ?? []), question])
  }
  const warnings: string[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    if (seen.has(entry.key))
      warnings.push(`${file}:${entry.line}: "${entry.text}" is answered twice; the first answer is used`)
    seen.add(entry.key)
    const matched = byKey.get(entry.key)
    if (!matched) {
      warnings.push(unmatched(entry, file, [...byKey.keys()], questions))
      continue
    }
    const {answer, hint} = splitAnswer(entry.answer)
    // The model is built fresh for each study: filling it in place is safe.
    for (const question of matched.filter((one) => one.answer === null))
      Object.assign(question, {answer, answerFrom: answer ? 'key' : null, hint: question.hint ?? hint})
  }
  return warnings
}

function unmatched(entry: AnswerEntry, file: string, keys: string[], questions: Question[]): string {
  const message = `${file}:${entry.line}: "${entry.text}" matches no question of the guide`
  if (keys.length === 0) return message
  const near = closest(entry.key, keys)
  if (distance(near, entry.key) > Math.max(3, entry.key.length / 4)) return message
  const question = questions.find((one) => normalizeQuestion(one.text) === near)
  return `${message}; did you mean "${question?.text ?? near}"?`
}

/**
 * The answer key of a content folder, attached to its guide. A key the manifest
 * names must exist; the default `answers.md` is optional.
 */
export function applyAnswerKey(guide: Guide, content: Content): string[] {
  const name = content.manifest.answers ?? DEFAULT_ANSWERS
  const file = path.resolve(content.folder, name)
  if (!existsSync(file))
    return content.manifest.answers ? [`${name}: no such answer key (named by the manifest's "answers")`] : []
  const warnings: string[] = []
  const text = decodeText(readFileSync(file), name, warnings)
  return [...warnings, ...attachAnswerKey(guide, readAnswerKey(parseMarkdown(text)), name)]
}
