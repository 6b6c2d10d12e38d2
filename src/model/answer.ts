/**
 * The blocks a guide puts after or under a question → its answer and its hint.
 * An `**Answer:**` label is dropped (the answer is what follows it), a
 * `**Hint:**` paragraph or a `<details>` whose summary says "Hint" is kept
 * apart, and other `<details>` blocks are opened: their content is the answer.
 */
import type {RootContent} from 'mdast'
import {groupDetails, isDetails} from './details.js'
import {ANSWER_LABEL, HINT_LABEL, normalizeLabel} from './labels.js'
import {labelOf, paragraphOf} from './phrasing.js'
import {htmlText, plainText} from './text.js'

export interface AnswerParts {
  answer: RootContent[] | null
  hint: RootContent[] | null
  /** The guide only points at an answer: a bare link. */
  elsewhere?: string
}

const orNull = (blocks: RootContent[]) => (blocks.length > 0 ? blocks : null)

/** Blocks that say nothing: a rule (`***`), `<br>`, a placeholder ("Answer here", "!", "TBD"). */
function isEmpty(block: RootContent): boolean {
  if (block.type === 'thematicBreak') return true
  if (block.type === 'html') return htmlText(block.value) === ''
  if (block.type !== 'paragraph') return false
  // A picture says something though it has no words (a diagram with no alt text).
  if (block.children.some((child) => child.type === 'image' || child.type === 'imageReference')) return false
  const text = plainText(block)
  return !/[\p{L}\p{N}]/u.test(text) || /^(answer here|tbd|todo|coming soon|wip|to be (added|done))\W*$/i.test(text)
}

/** A paragraph that is nothing but one link (and punctuation): where the answer is, not the answer. */
function linkOnly(block: RootContent): string | undefined {
  if (block.type !== 'paragraph') return undefined
  const links = block.children.filter((child) => child.type === 'link')
  const rest = block.children.filter((child) => child.type !== 'link' && child.type !== 'break')
  const words = plainText(rest).replace(/[^\p{L}\p{N}]+/gu, '')
  return links.length === 1 && words.length === 0 ? links[0]!.url : undefined
}

/** A paragraph of nothing but images: a picture beside a link to the answer, or a screenshot that is the answer. */
function imagesOnly(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false
  const image = (child: {type: string}) => child.type === 'image' || child.type === 'imageReference'
  const rest = block.children.filter((child) => !image(child) && child.type !== 'break')
  return block.children.some(image) && plainText(rest).replace(/[^\p{L}\p{N}]+/gu, '') === ''
}

/** A list every item of which asks ("- How did you handle it?"): follow-ups the question raises, not its answer. */
function asksOnly(block: RootContent): boolean {
  if (block.type !== 'list' || block.children.length === 0) return false
  return block.children.every((item) => {
    const lead = item.children[0]
    return item.children.length === 1 && lead?.type === 'paragraph' && /[?？][^\p{L}\p{N}]*$/u.test(plainText(lead))
  })
}

/**
 * An answer of nothing but filler and bare links (pictures beside them
 * included: "View the solution" over a diagram) is no answer; the first link
 * is kept as where to look. A screenshot alone still answers; follow-up
 * questions alone do not.
 */
function realAnswer(blocks: RootContent[]): {answer: RootContent[]; elsewhere?: string} {
  const said = blocks.filter((block) => !isEmpty(block))
  const links = said.map(linkOnly).filter((url) => url !== undefined)
  const pointer = said.every((block) => linkOnly(block) !== undefined || imagesOnly(block))
  if (said.length > 0 && links.length > 0 && pointer) return {answer: [], elsewhere: links[0]}
  if (said.length > 0 && said.every(asksOnly)) return {answer: []}
  return {answer: said.length === 0 ? [] : blocks}
}

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
    const labelled = labelOf(block)
    if (labelled && (isHintLabel(labelled.label) || isAnswerLabel(labelled.label))) {
      const target = isHintLabel(labelled.label) ? 'hint' : 'answer'
      if (labelled.rest.length > 0) (target === 'hint' ? hint : answer).push(paragraphOf(labelled.rest, block))
      else next = target
      continue
    }
    ;(next === 'hint' ? hint : answer).push(block)
    next = 'answer'
  }
  const real = realAnswer(answer)
  return {answer: orNull(real.answer), hint: orNull(hint), ...(real.elsewhere ? {elsewhere: real.elsewhere} : {})}
}
