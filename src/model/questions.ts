/**
 * Question drafts → questions. A draft is what a layout reader found: the
 * question's text, the labels above it and the blocks that answer it. Its kind
 * comes from those labels and its own wording (see QUESTION_KIND_RULES).
 */
import type {PhrasingContent, RootContent} from 'mdast'
import type {Position} from 'unist'
import {splitAnswer} from './answer.js'
import {normalizeLabel, QUESTION_KIND_RULES} from './labels.js'
import {withoutTrailingSources} from './phrasing.js'
import {cleanQuestionText, plainText, splitSourceTag, type QuestionText} from './text.js'
import type {Difficulty, Question, QuestionKind, QuestionLayout} from './types.js'

export interface Draft {
  text: string
  difficulty: Difficulty | null
  /** The label it was found under: a bold label, a heading, a table's section. */
  label: string
  /** Labels and titles above it, nearest first. */
  context: string[]
  /** What answers it, as the guide wrote it: labels, hints and `<details>` still inside. */
  blocks: RootContent[]
  node: {position?: Position}
  layout: QuestionLayout
  title?: string
  /** Where the title starts, when it is not where the question does. */
  titleNode?: {position?: Position}
  /** The stem of a sub-question. */
  stem?: string
  why?: string[]
  meta?: string[]
}

export function questionKind(text: string, context: string[]): QuestionKind {
  const where = context.map(normalizeLabel).join(' | ')
  for (const rule of QUESTION_KIND_RULES) {
    if (rule.context?.test(where) || rule.wording?.test(text)) return rule.kind
  }
  return 'technical'
}

/** The question text of inline content, without the citation links that close it. */
export function questionOf(phrasing: PhrasingContent[]): QuestionText {
  return cleanQuestionText(plainText(withoutTrailingSources(phrasing)))
}

export function toQuestion(draft: Draft, section: {slug: string}, file: string): Question {
  const {answer, hint, elsewhere} = splitAnswer(draft.blocks)
  const tagged = splitSourceTag(draft.text)
  const meta = [...(draft.meta ?? []), ...tagged.meta]
  const start = draft.node.position?.start
  return {
    text: tagged.text,
    kind: questionKind(tagged.text, draft.context),
    section: section.slug,
    label: draft.label,
    answer,
    hint,
    difficulty: draft.difficulty,
    position: {file, line: start?.line ?? 0, column: start?.column ?? 0},
    layout: draft.layout,
    answerFrom: answer ? 'guide' : null,
    ...(draft.title && draft.title !== draft.text ? {title: draft.title} : {}),
    ...(draft.titleNode?.position ? {titleLine: draft.titleNode.position.start.line} : {}),
    ...(draft.stem ? {context: draft.stem} : {}),
    ...(meta.length ? {meta} : {}),
    ...(elsewhere ? {elsewhere} : {}),
    why: draft.why ?? [],
  }
}
