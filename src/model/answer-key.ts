/**
 * The answer key: a markdown file beside the guide (`answers.md`, or the
 * manifest's `answers`), one heading per question and its answer below. It is
 * matched to the guide's questions by normalised text; a question the guide
 * answers itself keeps its own answer. Entries that match no question are
 * reported, with the nearest question when there is one close enough.
 */
import {warning, type Message} from '../core/messages.js'
import {closest, distance} from 'fastest-levenshtein'
import type {Root, RootContent} from 'mdast'
import type {GuideFile} from '../input/content.js'
import {splitAnswer} from './answer.js'
import {questionOf} from './questions.js'
import {normalizeQuestion} from './text.js'
import type {Guide, Question, Section} from './types.js'
import {parseMarkdown} from '../input/parse.js'

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
export function attachAnswerKey(guide: Guide, entries: AnswerEntry[], file: string): Message[] {
  const questions = allQuestions(guide.sections)
  const byKey = new Map<string, Question[]>()
  for (const question of questions) {
    const key = normalizeQuestion(question.text)
    byKey.set(key, [...(byKey.get(key) ?? []), question])
  }
  const warnings: Message[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    if (seen.has(entry.key))
      warnings.push(
        warning(`"${entry.text}" is answered twice; the first answer is used`, 'answer-twice', {
          file,
          line: entry.line,
        }),
      )
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

function unmatched(entry: AnswerEntry, file: string, keys: string[], questions: Question[]): Message {
  const place = {file, line: entry.line}
  const message = warning(`"${entry.text}" matches no question of the guide`, 'unknown-question', place)
  if (keys.length === 0) return message
  const near = closest(entry.key, keys)
  if (distance(near, entry.key) > Math.max(3, entry.key.length / 4)) return message
  const question = questions.find((one) => normalizeQuestion(one.text) === near)
  return warning(`${message.reason}; did you mean "${question?.text ?? near}"?`, 'unknown-question', place)
}

/** The answer key read with the content (see input/content.ts), attached to its guide. */
export function applyAnswerKey(guide: Guide, answers: GuideFile | null): Message[] {
  if (!answers) return []
  return attachAnswerKey(guide, readAnswerKey(parseMarkdown(answers.text)), answers.name)
}
