/**
 * Question and answer as sibling items: "- **Q:** How …?" then "- **A:** …".
 * The guide writes the pair as two bullets, but the second is the first's
 * answer: it joins the question's item, so that the list holds one item per
 * question, answered, and no "A: …" is read as a question of its own.
 */
import type {List, ListItem} from 'mdast'
import {isAnswerLabel} from './answer.js'
import {isQuestionLabel} from './labels.js'
import {leadingLabel} from './phrasing.js'

/** The bold label an item's first paragraph opens with, normalised ("q", "a", "answer"). */
function labelOfItem(item: ListItem): string | undefined {
  const lead = item.children[0]
  return lead ? leadingLabel(lead)?.label : undefined
}

const asks = (item: ListItem) => {
  const label = labelOfItem(item)
  return label !== undefined && isQuestionLabel(label)
}

const answers = (item: ListItem) => {
  const label = labelOfItem(item)
  return label !== undefined && isAnswerLabel(label)
}

/** The list with each answer item folded into the question item right before it; the list itself when none is. */
export function withAnswerItems(list: List): List {
  if (!list.children.some((item, index) => index > 0 && answers(item) && asks(list.children[index - 1]!))) return list
  const children: ListItem[] = []
  for (const item of list.children) {
    const before = children[children.length - 1]
    if (before && answers(item) && asks(before))
      children[children.length - 1] = {...before, children: [...before.children, ...item.children]}
    else children.push(item)
  }
  return {...list, children}
}
