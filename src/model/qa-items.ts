/**
 * Question and answer as sibling items: "- **Q:** How …?" then "- **A:** …"
 * (or plain "Q:" and "A:"). The guide writes the pair as two bullets, but the
 * second is the first's answer: it joins the question's item, so that the
 * list holds one item per question, answered, and no "A: …" is read as a
 * question of its own. An "A:" followed by a "B:" is the first of lettered
 * options, not an answer.
 */
import type {List, ListItem} from 'mdast'
import {isAnswerLabel} from './answer.js'
import {isQuestionLabel} from './labels.js'
import {labelOf} from './phrasing.js'

/** The label an item's first paragraph opens with, bold or plain, normalised ("q", "a", "answer"). */
function labelOfItem(item: ListItem | undefined): string | undefined {
  const lead = item?.children[0]
  return lead ? labelOf(lead)?.label : undefined
}

const asks = (item: ListItem | undefined) => {
  const label = labelOfItem(item)
  return label !== undefined && isQuestionLabel(label)
}

/** An answer item: labelled as one, and not option "A:" of a lettered "A:", "B:" run. */
const answers = (item: ListItem, next: ListItem | undefined) => {
  const label = labelOfItem(item)
  return label !== undefined && isAnswerLabel(label) && !(label === 'a' && labelOfItem(next) === 'b')
}

/** The list with each answer item folded into the question item right before it; the list itself when none is. */
export function withAnswerItems(list: List): List {
  const answering = (item: ListItem, index: number) => answers(item, list.children[index + 1])
  if (!list.children.some((item, index) => answering(item, index) && asks(list.children[index - 1]))) return list
  const children: ListItem[] = []
  for (const [index, item] of list.children.entries()) {
    const before = children[children.length - 1]
    if (before && answering(item, index) && asks(before))
      children[children.length - 1] = {...before, children: [...before.children, ...item.children]}
    else children.push(item)
  }
  return {...list, children}
}
