/**
 * The blocks a guide puts after or under a question → its answer and its hint.
 * An `**Answer:**` label is dropped (the answer is what follows it), a
 * `**Hint:**` paragraph or a `<details>` whose summary says "Hint" is kept
 * apart, and other `<details>` blocks are opened: their content is the answer.
 */
import type {RootContent} from 'mdast'
import {groupDetails, isDetails} from './details.js'
import {ANSWER_LABEL, HINT_LABEL, normalizeLabel} from './labels.js'
import {leadingLabel, paragraphOf} from './phrasing.js'
import {plainText} from './text.js'

export interface AnswerParts {
  answer: RootContent[] | null
  hint: RootContent[] | null
}

const orNull = (blocks: RootContent[]) => (blocks.length > 0 ? blocks : null)

export function isAnswerLabel(label: string): boolean {
  return ANSWER_LABEL.test(label)
}

export function isHintLabel(label: string): boolean {
  return HINT_LABEL.test(label)
}

export function splitAnswer(blocks: RootContent[], depth = 0): AnswerParts {
  const answer: RootContent[] = []
  const hint: RootContent[] = []
  // A label alone on its line ("**Hint:**") names the block after it.
  let next: 'hint' | 'answer' = 'answer'
  // Under a "#### Hint" heading, everything is hint up to the next heading of its level.
  let hintDepth: number | undefined
  for (const block of groupDetails(blocks, depth)) {
    if (block.type === 'heading') {
      const label = normalizeLabel(plainText(block))
      if (hintDepth !== undefined && block.depth <= hintDepth) hintDepth = undefined
      if (isHintLabel(label)) hintDepth = block.depth
      if (isHintLabel(label) || isAnswerLabel(label)) continue
    }
    if (hintDepth !== undefined && !isDetails(block)) {
      hint.push(block)
      continue
    }
    if (isDetails(block)) {
      const inner = splitAnswer(block.body, depth + 1)
      const target = isHintLabel(normalizeLabel(block.summary)) ? hint : answer
      target.push(...(inner.answer ?? []))
      hint.push(...(inner.hint ?? []))
      continue
    }
    const labelled = leadingLabel(block)
    if (labelled && (isHintLabel(labelled.label) || isAnswerLabel(labelled.label))) {
      const target = isHintLabel(labelled.label) ? 'hint' : 'answer'
      if (labelled.rest.length > 0) (target === 'hint' ? hint : answer).push(paragraphOf(labelled.rest, block))
      else next = target
      continue
    }
    ;(next === 'hint' ? hint : answer).push(block)
    next = 'answer'
  }
  return {answer: orNull(answer), hint: orNull(hint)}
}
