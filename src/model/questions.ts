/**
 * Question lists → questions. A question's kind comes from the labels and
 * headings above it and from its own wording (see QUESTION_KIND_RULES); its
 * answer is whatever the guide nests under the item.
 */
import type {RootContent} from 'mdast'
import {normalizeLabel, QUESTION_KIND_RULES} from './labels.js'
import type {Part, Question, QuestionKind, SourcePosition} from './types.js'

export function questionKind(text: string, context: string[]): QuestionKind {
  const where = context.map(normalizeLabel).join(' | ')
  for (const rule of QUESTION_KIND_RULES) {
    if (rule.context?.test(where) || rule.wording?.test(text)) return rule.kind
  }
  return 'technical'
}

/** Strip what is not the question: "Q1:", "12)", a trailing colon. */
export function cleanQuestion(text: string): string {
  return text
    .replace(/^(?:q(?:uestion)?\s*\d+\s*[:.)\-–—]|\d+\s*[.)])\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function questionsOf(part: Part, section: {slug: string; path: string[]}, file: string): Question[] {
  if (part.kind !== 'questions') return []
  const context = [part.label, ...[...section.path].reverse()]
  return part.items
    .filter((item) => item.text !== '')
    .map((item) => {
      const text = cleanQuestion(item.text)
      const nested = item.node.children.slice(1) as RootContent[]
      const start = item.node.position?.start
      const position: SourcePosition = {file, line: start?.line ?? 0, column: start?.column ?? 0}
      return {text, kind: questionKind(text, context), section: section.slug, label: part.label, answer: nested.length > 0 ? nested : null, hint: null, difficulty: null, position}
    })
}
