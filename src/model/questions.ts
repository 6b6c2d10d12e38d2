/**
 * Question drafts → questions. A draft is what a layout reader found: the
 * question's text, the labels above it and the blocks that answer it. Its kind
 * comes from those labels and its own wording (see QUESTION_KIND_RULES).
 */
import type {PhrasingContent, RootContent} from 'mdast'
import type {Position} from 'unist'
import {splitAnswer} from './answer.js'
import {normalizeLabel, QUESTION_KIND_RULES} from './labels.js'
import {paragraphOf, withoutTrailingSources} from './phrasing.js'
import {shownSplits, type Shows} from './shown.js'
import {cleanQuestionText, plainText, readsAsQuestion, splitSourceTag, type QuestionText} from './text.js'
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

/**
 * A parenthesis that is more of the question than its answer: it asks again
 * ("(and are there plans to change it)"), offers the choices ("(hours / days)"),
 * quotes ("(\"this can't be done\")") or gives an example ("(e.g. …)").
 */
function widensQuestion(aside: string): boolean {
  return (
    readsAsQuestion(aside) ||
    /[?？]/.test(aside) ||
    /^(and|or)\b/i.test(aside) ||
    /\s\/\s/.test(aside) ||
    /^["“'‘]/.test(aside) ||
    /^(e\.?g\b|i\.?e\b)|\bfor example\b/i.test(aside)
  )
}

/** "What is a symmetric matrix? (equal to its transpose)": a parenthesis closing the line after its "?" answers it. */
function inlineAnswer(text: string): {text: string; answer?: string} {
  const found = /^(.*\?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(text)
  const aside = (found?.[2] ?? '').trim()
  if (!found || aside.split(/\s+/).length < 2 || widensQuestion(aside)) return {text}
  return {text: found[1]!.trim(), answer: aside}
}

/** @param shows what the drafts of its file show (shown.ts): code and options the question asks about. */
export function toQuestion(
  draft: Draft,
  section: {slug: string},
  file: string,
  shows: Shows = shownSplits([draft]),
): Question {
  const seen = shows(draft)
  const split = splitAnswer(seen?.blocks ?? draft.blocks)
  const {hint, elsewhere} = split
  const sourced = splitSourceTag(draft.text)
  const inline = split.answer ? {text: sourced.text} : inlineAnswer(sourced.text)
  const tagged = {...sourced, text: inline.text}
  const answer = inline.answer
    ? [paragraphOf([{type: 'text', value: inline.answer}], draft.node as {position?: Position})]
    : split.answer
  const why = [
    ...(draft.why ?? []),
    ...(seen ? [seen.why] : []),
    ...(inline.answer ? ['answered in parentheses after its "?"'] : []),
  ]
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
    ...(seen ? {shown: seen.shown} : {}),
    ...(meta.length ? {meta} : {}),
    ...(elsewhere ? {elsewhere} : {}),
    why,
  }
}
