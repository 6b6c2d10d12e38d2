/**
 * The label vocabulary: which list labels mean which kind of part. It is the
 * one place the model compares label text; a manifest may extend it.
 * Patterns are matched against a normalised label, `*` standing for any text.
 */
import {normalizeLabel} from './text.js'
import type {Difficulty, PartKind, QuestionKind} from './types.js'

export {normalizeLabel}

export type Vocabulary = Record<PartKind, string[]>

/** Checked in this order: a "Questions to Ask" label is a question list before anything else. */
export const PART_KINDS: PartKind[] = ['questions', 'topics', 'tips', 'steps']

export const DEFAULT_VOCABULARY: Vocabulary = {
  questions: [
    '*questions',
    '*questions *',
    'questions*',
    '*coding problems',
    '*interview problems',
    '*exercises',
    '*practice problems',
  ],
  topics: [
    'important *',
    'key topics',
    'essential *',
    'key skills',
    'key concepts',
    'key terms',
    'core concepts',
    '* metrics',
    'metrics',
    '* algorithms',
    'algorithms',
    '* architectures',
    'architectures',
    'components*',
    '*considerations',
    '*concepts',
    'topics*',
    '*focus areas',
    'glossary',
    'tools*',
    '*frameworks',
  ],
  tips: [
    '*tips',
    '*tips *',
    '*mistakes*',
    '*red flags*',
    '*warning signs*',
    'follow-up',
    'follow up',
    '*checklist*',
    'best practices',
    '*dos and don*',
  ],
  steps: ['*stages', '*steps', '*method', '*workflow', '*procedure', 'how to *'],
}

function toRegExp(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${escaped.join('.*')}$`)
}

export type LabelMatcher = (label: string) => PartKind | undefined

export function labelMatcher(vocabulary: Vocabulary): LabelMatcher {
  const compiled = PART_KINDS.map((kind) => ({kind, patterns: vocabulary[kind].map(toRegExp)}))
  // One guide asks about the same few labels (its section titles) for every list under them.
  const known = new Map<string, PartKind | undefined>()
  return (label) => {
    if (known.has(label)) return known.get(label)
    const normal = normalizeLabel(label)
    const kind = compiled.find(({patterns}) => patterns.some((re) => re.test(normal)))?.kind
    known.set(label, kind)
    return kind
  }
}

/**
 * How a question's kind is told: by the labels and headings above it, then by
 * its own wording. The first kind whose patterns match wins. Context is the
 * normalised labels above the question, joined by " | ".
 */
export const QUESTION_KIND_RULES: Array<{kind: QuestionKind; context?: RegExp; wording?: RegExp}> = [
  {
    kind: 'reverse',
    context: /questions (to ask|for (the|your) interviewers?)|ask(ing)? (the|your) interviewers?|reverse/,
  },
  {
    kind: 'behavioral',
    context:
      /behaviou?ral|\bstar (method|format|stories|questions)\b|leadership|collaboration|teamwork|conflict|soft skills|culture fit|situational/,
    wording:
      /^(tell (me|us) about (a|an|your) (time|situation|project|challenge|failure|mistake|conflict|decision)|describe (a|an) (time|situation|project you|challenge|conflict)|give (me )?an example of|describe how you('ve| have))/i,
  },
  {
    kind: 'coding',
    context: /coding|programming|algorithm(s|ic)? (problems|questions|challenges)|leetcode|\bsql\b|data structures/,
    wording:
      /^(implement|write (a|an|the) (function|program|query|class|script|method)|write (code|sql|python)|code (a|an|up)\b|given (a|an) (array|string|list|linked list|binary tree|tree|matrix|graph|integer))/i,
  },
  {
    kind: 'design',
    context: /(?<!experiment(al)? )\bdesign\b/,
    wording: /^((design|architect) (a|an|the)\b|(build|create) (a|an) .*\b(system|service|platform|pipeline)\b)/i,
  },
]

/**
 * A list item, bold line or heading "reads as a question" when it ends in "?"
 * or opens like one. "How to …", "What to …", "When to …" name topics, not questions.
 */
export const QUESTION_WORDING =
  /^(explain|describe|tell (me|us) about|walk (me|us) through|how\b(?! to\b)|what('s|\b(?! to\b))|when\b(?! to\b)|why\b|which\b|design (a|an|the)\b|implement\b|compare\b.*\b(and|vs\.?|versus|with)\b|contrast\b|write (a|an|the|code|sql|python)\b|give (me )?an example\b|can you\b|could you\b|would you\b|given (a|an)\b|derive\b|define\b|differentiate\b|distinguish\b)/i

/** Numbering that opens a question: "Q1:", "Q:", "Question 4 -", "Q 12)". */
export const QUESTION_PREFIX =
  /^q(?:uestion)?\s*#?\s*\d+\s*(?:[:.)]|\s[-–—])\s*|^q(?:uestion)?\s*#?\s*\d+\s+|^q(?:uestion)?\s*[:.]\s*/i

/** A numbered title that is not yet the question: "Problem 1: Two Sum", "Exercise 3 -". */
export const TITLE_PREFIX =
  /^(?:problem|exercise|task|challenge|scenario|case|example|puzzle)\s*#?\s*\d+\s*(?:[:.)]|\s[-–—])?\s+/i

/** A plain number that opens a list-like heading: "12)", "3.". */
export const NUMBER_PREFIX = /^#?\d+(?:[.):]|\s+[-–—])\s+/

/** Difficulty tags kept as metadata: [E], [M], [H], [Easy], (Hard). */
export const DIFFICULTY_TAGS: Array<{difficulty: Difficulty; tag: RegExp}> = [
  {difficulty: 'easy', tag: /\[(e|easy)\]|\(easy\)/i},
  {difficulty: 'medium', tag: /\[(m|medium|med)\]|\((medium|med)\)/i},
  {difficulty: 'hard', tag: /\[(h|hard)\]|\(hard\)/i},
]

/** Labels of the blocks that answer a question (`**Answer:**`, a `<details>` summary "Show answer"). */
export const ANSWER_LABEL =
  /^(answer|a|ans|solution|model answer|sample answer|suggested answer|example answer|explanation)$/
export const HINT_LABEL = /^(hints?)$/
/** Labels that name the question itself, below a title: "**Question:**", "### Problem Statement", "Task:", "### 题目" (problem). */
export const QUESTION_LABEL = /^(q|question|problem|problem statement|task|prompt|exercise|challenge|题目)( ?#? ?\d+)?$/

export function isQuestionLabel(label: string): boolean {
  return QUESTION_LABEL.test(normalizeLabel(label))
}

/** Table columns: which one holds the question, the answer, the difficulty, the hint. */
export const TABLE_COLUMNS = {
  question: /\bquestions?\b|^q$|^prompt$/,
  answer: /\banswers?\b|^a$|\bsolution\b|\bexplanation\b/,
  difficulty: /\bdifficulty\b|\blevel\b/,
  hint: /\bhints?\b/,
}
