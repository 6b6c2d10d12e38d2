/**
 * Inline (phrasing) content of paragraphs and headings: the bold labels that
 * open a paragraph (`**Answer:** …`) and the source links that close a question
 * (`[[src](url)]`). Node surgery on the mdast, never on markdown text.
 */
import type {Paragraph, PhrasingContent, RootContent} from 'mdast'
import {normalizeLabel} from './labels.js'
import {plainText, readsAsQuestion} from './text.js'

export interface Labelled {
  /** Normalised: "answer", "hint", "q7". */
  label: string
  /** The bold text itself, for labels that carry the question ("**Q7: What is …?**"). */
  strong: PhrasingContent[]
  rest: PhrasingContent[]
}

/** Drop a ":" and white space that open the text after a label. */
function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes
  if (first?.type !== 'text') return nodes
  const value = first.value.replace(/^\s*[:\-–—]?\s*/, '')
  return value ? [{...first, value}, ...rest] : trimStart(rest)
}

/** A paragraph that opens with bold text: its label and what follows. */
export function leadingLabel(node: RootContent): Labelled | undefined {
  if (node.type !== 'paragraph') return undefined
  const [first, ...rest] = node.children
  if (first?.type !== 'strong') return undefined
  return {label: normalizeLabel(plainText(first)), strong: first.children, rest: trimStart(rest)}
}

export interface Label {
  /** Normalised: "question", "hints", "solution". */
  label: string
  rest: PhrasingContent[]
  restText: string
}

/**
 * A paragraph opened by a label: bold (`**Question:** …`) or plain text with a
 * colon (`Hints: …`, `Solution:` alone on its line).
 */
export function labelOf(node: RootContent): Label | undefined {
  if (node.type !== 'paragraph') return undefined
  const [first, ...rest] = node.children
  if (first?.type === 'strong') {
    const after = trimStart(rest)
    return {label: normalizeLabel(plainText(first)), rest: after, restText: plainText(after)}
  }
  if (first?.type !== 'text') return undefined
  // "**Question:**What …": bold that markdown could not close (a letter right after it) still reads as a label.
  const unclosed = /^\s*(\*\*|__)([A-Za-z][A-Za-z ]{0,24}?)\s*:\1[ \t]*(?=\S)/.exec(first.value)
  if (unclosed) {
    const after = trimStart([{...first, value: first.value.slice(unclosed[0].length)}, ...rest])
    return {label: normalizeLabel(unclosed[2] ?? ''), rest: after, restText: plainText(after)}
  }
  const plain = /^\s*([A-Za-z][A-Za-z ]{0,24}?)\s*:(?:[ \t]+|\n|$)/.exec(first.value)
  if (!plain) return undefined
  const after = trimStart([{...first, value: first.value.slice(plain[0].length)}, ...rest])
  return {label: normalizeLabel(plain[1] ?? ''), rest: after, restText: plainText(after)}
}

/**
 * The bold text a paragraph's first line is made of, when that line is
 * nothing but bold: "**What is X?**" alone, or with its answer on the lines
 * below it in the same paragraph ("**What is X?**⏎It is …").
 */
export function boldLine(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const [first, next] = node.children
  if (first?.type !== 'strong') return undefined
  // A file saved with CRLF line ends keeps the "\r" in its text.
  const ownLine =
    next === undefined || next.type === 'break' || (next.type === 'text' && /^[ \t]*\r?\n/.test(next.value))
  return ownLine ? plainText(first) : undefined
}

/** A paragraph of the given phrasing, keeping the source position of `from`. */
export function paragraphOf(children: PhrasingContent[], from?: {position?: Paragraph['position']}): Paragraph {
  return {type: 'paragraph', children, ...(from?.position ? {position: from.position} : {})}
}

/** Split phrasing at the first bold label that `test` accepts: "What is X? **Answer:** Y". */
export function splitAtLabel(
  nodes: PhrasingContent[],
  test: (label: string) => boolean,
): {before: PhrasingContent[]; after: PhrasingContent[] | null} {
  const index = nodes.findIndex((node) => node.type === 'strong' && test(normalizeLabel(plainText(node))))
  if (index <= 0) return {before: nodes, after: null}
  return {before: nodes.slice(0, index), after: trimStart(nodes.slice(index + 1))}
}

const SOURCE_WORD = /^(src|source|sources|link|ref|reference|paper|\d+|\[\d+\])$/i

/** Without the citations a question bank appends: "… [[src](url)]", "… ([source](url))". */
export function withoutTrailingSources(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes]
  for (;;) {
    const last = out[out.length - 1]
    if (last?.type === 'text' && /^[\s\])]*$/.test(last.value) && out[out.length - 2]?.type === 'link') {
      out.pop()
      continue
    }
    if (last?.type !== 'link') return out
    const before = out[out.length - 2]
    const bracketed = before?.type === 'text' && /[[(]\s*$/.test(before.value)
    if (!bracketed && !SOURCE_WORD.test(plainText(last))) return out
    out.pop()
    if (bracketed && before?.type === 'text')
      out[out.length - 1] = {...before, value: before.value.replace(/\s*[[(]\s*$/, '')}
  }
}

/**
 * Where a question's first line ends it: at a "?", at a line that is all bold
 * ("**Q16. Tell me about yourself.**"), or at a full stop when what follows
 * does not ask ("Explain X.⏎It is …", not "Suppose X.⏎What is Y?").
 */
function endsQuestion(head: PhrasingContent[], tail: PhrasingContent[]): boolean {
  const text = plainText(head)
  if (/[?？][^\p{L}\p{N}]*$/u.test(text)) return true
  if (head.length > 0 && head.every((node) => node.type === 'strong' || (node.type === 'text' && !node.value.trim())))
    return true
  return /[.!]["'”’)]*$/.test(text) && !readsAsQuestion(plainText(tail)) && !/[?？]/.test(plainText(tail))
}

/**
 * "What is X?⏎It is Y." → the question line and the rest: a reader sees the
 * answer start on the next line. A first line that does not end the question
 * (endsQuestion) is a question wrapped over lines, and stays whole.
 */
export function splitAfterQuestionLine(nodes: PhrasingContent[]): {
  before: PhrasingContent[]
  after: PhrasingContent[] | null
} {
  const whole = {before: nodes, after: null}
  for (const [index, node] of nodes.entries()) {
    const cut = node.type === 'break' ? 0 : node.type === 'text' ? node.value.indexOf('\n') : -1
    if (cut < 0) continue
    const head = [
      ...nodes.slice(0, index),
      ...(node.type === 'text' ? [{...node, value: node.value.slice(0, cut)}] : []),
    ]
    const tail = [
      ...(node.type === 'text' ? [{...node, value: node.value.slice(cut + 1)}] : []),
      ...nodes.slice(index + 1),
    ]
    if (!endsQuestion(head, tail) || plainText(tail) === '') return whole
    return {before: head, after: trimStart(tail)}
  }
  return whole
}
