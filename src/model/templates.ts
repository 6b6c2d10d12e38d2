/**
 * The sample of a guide's own template. A guide that takes contributions
 * shows the shape of an entry in a fence, with placeholders in angle brackets
 * ("#### <How old are you?>"), and then, often, the same entry filled in as
 * an example. That example is the template's demonstration, not a question of
 * the guide: a question whose text a fence above it in the same file holds
 * as a placeholder is left out, and so is the question whose answer shows
 * that template ("How to contribute?" over a fence whose heading line is a
 * placeholder): it is about the guide, not about the subject.
 */
import type {Code, Nodes, Root} from 'mdast'
import {normalizeQuestion} from './text.js'
import type {Section} from './types.js'
import {eachSection} from './walk.js'

const PLACEHOLDER = /<([^<>\n]*\p{L}[^<>\n]*)>/gu

/** Every fence of a tree, without recursion (a guide may nest deep). */
function fencesOf(root: Root): Code[] {
  const out: Code[] = []
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'code') out.push(node)
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return out
}

/** Per file, each placeholder's text and the line of the fence that holds it. */
function placeholders(documents: Array<{file: string; root: Root}>): Map<string, Array<{text: string; line: number}>> {
  const found = new Map<string, Array<{text: string; line: number}>>()
  for (const {file, root} of documents) {
    for (const node of fencesOf(root)) {
      const line = node.position?.start.line ?? 0
      for (const match of node.value.matchAll(PLACEHOLDER)) {
        const text = normalizeQuestion(match[1] ?? '')
        if (text) found.set(file, [...(found.get(file) ?? []), {text, line}])
      }
    }
  }
  return found
}

/** A fence that shows an entry of the guide: a heading line that is nothing but a placeholder ("#### <Your question?>"). */
const TEMPLATE_LINE = /^\s*#{1,6}\s*<[^<>\n]+>\s*$/m

const showsTemplate = (question: Section['questions'][number]) =>
  question.answer !== null &&
  fencesOf({type: 'root', children: question.answer}).some((fence) => TEMPLATE_LINE.test(fence.value))

export function withoutTemplateSamples(sections: Section[], documents: Array<{file: string; root: Root}>): void {
  const held = placeholders(documents)
  if (held.size === 0) return
  const isSample = (question: Section['questions'][number]) =>
    showsTemplate(question) ||
    (held.get(question.position.file) ?? []).some(
      ({text, line}) => line < question.position.line && text === normalizeQuestion(question.text),
    )
  eachSection(sections, (section) => {
    section.questions = section.questions.filter((question) => !isSample(question))
  })
}
