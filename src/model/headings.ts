/**
 * Question headings: `### Q1: …`, `#### 12) …?`, `## 3. Tell me about a time …`,
 * `### Question 4 - …`, a heading that ends in "?", or one that reads as a
 * question right under a question label. The section is then the question,
 * and what it holds, up to the next heading of its level, is the answer.
 */
import type {RootContent} from 'mdast'
import type {LabelMatcher} from './labels.js'
import {questionOf} from './questions.js'
import type {RawSection} from './sections.js'
import {readsAsQuestion, type QuestionText} from './text.js'

export function headingQuestion(section: RawSection, match: LabelMatcher): QuestionText | undefined {
  const asked = questionOf(section.heading.children)
  if (!asked.text) return undefined
  if (asked.numbered === 'question') return asked
  // "## Why ML?" over a "### Key Questions" is a chapter that asks, not a question.
  if (section.children.some((child) => match(child.title) === 'questions')) return undefined
  if (/\?\W*$/.test(asked.text)) return asked
  if (!readsAsQuestion(asked.text)) return undefined
  const parent = section.path[section.path.length - 2]
  // "3. Data Structures" is a chapter; "3. Explain …" and "Explain …" under "Questions" ask.
  return asked.numbered === 'number' || (parent !== undefined && match(parent) === 'questions') ? asked : undefined
}

/** The section's blocks and its sub-sections (STAR parts, say) up to the first that is a question of its own. */
export function headingAnswer(section: RawSection, match: LabelMatcher): RootContent[] {
  const blocks: RootContent[] = [...section.body]
  for (const child of section.children) {
    if (headingQuestion(child, match)) break
    blocks.push(child.heading, ...headingAnswer(child, match))
  }
  return blocks
}
