/**
 * The label vocabulary: which list labels mean which kind of part. It is the
 * one place the model compares label text; a manifest may extend it.
 * Patterns are matched against a normalised label, `*` standing for any text.
 */
import type {PartKind, QuestionKind} from './types.js'

export type Vocabulary = Record<PartKind, string[]>

/** Checked in this order: a "Questions to Ask" label is a question list before anything else. */
export const PART_KINDS: PartKind[] = ['questions', 'topics', 'tips', 'steps']

export const DEFAULT_VOCABULARY: Vocabulary = {
  questions: ['*questions', '*questions *', 'questions*', '*coding problems', '*interview problems', '*exercises', '*practice problems'],
  topics: [
    'important *', 'key topics', 'essential *', 'key skills', 'key concepts', 'key terms', 'core concepts',
    '* metrics', 'metrics', '* algorithms', 'algorithms', '* architectures', 'architectures',
    'components*', '*considerations', '*concepts', 'topics*', '*focus areas', 'glossary', 'tools*', '*frameworks',
  ],
  tips: ['*tips', '*tips *', '*mistakes*', '*red flags*', '*warning signs*', 'follow-up', 'follow up', '*checklist*', 'best practices', '*dos and don*'],
  steps: ['*stages', '*steps', '*method', '*workflow', '*procedure', 'how to *'],
}

/** Lower case, no emoji, no punctuation at the ends: "**Key Questions:**" → "key questions". */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\d]+|[\s\p{P}]+$/gu, '')
}

function toRegExp(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${escaped.join('.*')}$`)
}

export interface LabelMatcher {
  (label: string): PartKind | undefined
}

export function labelMatcher(vocabulary: Vocabulary): LabelMatcher {
  const compiled = PART_KINDS.map((kind) => ({kind, patterns: vocabulary[kind].map(toRegExp)}))
  return (label) => {
    const normal = normalizeLabel(label)
    return compiled.find(({patterns}) => patterns.some((re) => re.test(normal)))?.kind
  }
}

/**
 * How a question's kind is told: by the labels and headings above it, then by
 * its own wording. The first kind whose patterns match wins.
 */
export const QUESTION_KIND_RULES: Array<{kind: QuestionKind; context?: RegExp; wording?: RegExp}> = [
  {kind: 'reverse', context: /questions (to ask|for (the|your) interviewer)|ask (the|your) interviewer|reverse/},
  {
    kind: 'behavioral',
    context: /behaviou?ral|star\b|leadership|collaboration|teamwork|conflict/,
    wording: /^(tell me about a (time|situation|project)|describe a (time|situation)|give an example|describe how you('ve| have))/i,
  },
  {kind: 'coding', context: /coding|programming|algorithms? problems|leetcode|sql/, wording: /^(implement|write (a|an) (function|program|query|class)|code)\b/i},
  {kind: 'design', context: /design/, wording: /^(design|architect)\b/i},
]
