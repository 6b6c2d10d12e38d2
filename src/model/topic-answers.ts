/**
 * Topics listed, then answered. A page may list the topics it will ask about
 * as plain bullets ("Few-shot learning", "Tokenization strategies"), and
 * further down answer them in a list whose items repeat each topic in bold
 * ("1. **Few-shot Learning:**") over the explanation. The bold item alone is
 * a term over its definition, as any glossary has; the page's own earlier
 * list is what makes it a question: when a list's items (three or more) all
 * open with bold over an answer of their own, and two thirds of those bold
 * texts restate an item of a list earlier in the same file, each bold item is
 * a question and the rest of its item the answer.
 */
import type {List, ListItem, RootContent, Strong} from 'mdast'
import type {Draft} from './questions.js'
import {questionOf} from './questions.js'
import {plainText, squeezeTerm} from './text.js'
import type {Section} from './types.js'

/** Fewer items than this and a list says nothing by its restatements. */
const MIN_ITEMS = 3

/** Every list of a file's sections, with the section it sits in, in file order (bodies before sub-sections). */
function listsOf(sections: Section[], into: Array<{list: List; section: Section}> = []) {
  for (const section of sections) {
    for (const block of section.body) if (block.type === 'list') into.push({list: block, section})
    listsOf(section.children, into)
  }
  return into
}

/**
 * The topics a list names, at every depth: its leaves, each one plain line and
 * nothing under it. An item that opens with bold or holds more is an answer
 * itself, not the name of one to come.
 */
function topicsOf(list: List, into = new Set<string>()): Set<string> {
  for (const item of list.children) {
    const [lead, ...more] = item.children
    if (lead?.type === 'paragraph' && more.length === 0 && lead.children[0]?.type !== 'strong')
      into.add(squeezeTerm(plainText(lead)))
    for (const child of item.children) if (child.type === 'list') topicsOf(child, into)
  }
  return into
}

/** The bold an item opens with, alone on its line, over more of the item: its answer. */
function boldOver(item: ListItem): Strong | undefined {
  const lead = item.children[0]
  if (lead?.type !== 'paragraph' || item.children.length < 2) return undefined
  const [first, ...rest] = lead.children
  if (first?.type !== 'strong' || plainText(rest).trim() !== '') return undefined
  return first
}

/** Drafts for the items of a file's lists that answer the topics an earlier list of it named. */
export function topicAnswers(sections: Section[], taken: Set<RootContent>): Array<{draft: Draft; section: Section}> {
  const lists = listsOf(sections).sort(
    (a, b) => (a.list.position?.start.line ?? 0) - (b.list.position?.start.line ?? 0),
  )
  const found: Array<{draft: Draft; section: Section}> = []
  const named = new Set<string>()
  for (const {list, section} of lists) {
    const bolds = list.children.map(boldOver)
    const restated = bolds.filter((bold) => bold !== undefined && named.has(squeezeTerm(plainText(bold)))).length
    const allBold = bolds.every((bold) => bold !== undefined)
    if (allBold && list.children.length >= MIN_ITEMS && restated * 3 >= list.children.length * 2) {
      const why = `a bold item restating a topic listed earlier in its file: ${restated} of ${list.children.length}`
      for (const [index, item] of list.children.entries()) {
        const bold = bolds[index]
        if (taken.has(item) || !bold) continue
        const {text, difficulty} = questionOf(bold.children)
        if (!text) continue
        const label = section.title
        const blocks = item.children.slice(1)
        const context = [...section.path].reverse()
        const draft: Draft = {text, difficulty, label, context, blocks, node: item, layout: 'list', why: [why]}
        found.push({draft, section})
      }
    }
    topicsOf(list, named)
  }
  return found
}
