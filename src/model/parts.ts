/**
 * Recognise the labelled lists in a section body: question lists, topic
 * lists, tips and steps. A list's label is the bold pseudo-heading right above
 * it (`**Key Questions:**`), else the section's own title, else the titles of
 * the sections around it, nearest first.
 */
import type {List, ListItem, RootContent} from 'mdast'
import type {LabelMatcher} from './labels.js'
import {plainText} from './text.js'
import type {Part, PartItem, PartKind} from './types.js'

/** A paragraph that is nothing but bold text, maybe with a colon: a label. */
export function pseudoHeading(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const [first, ...rest] = node.children
  if (first?.type !== 'strong') return undefined
  const tail = plainText(rest)
  if (tail !== '' && tail !== ':') return undefined
  return plainText(first).replace(/:\s*$/, '').trim()
}

/** The text of an item's own first paragraph, without its nested lists. */
export function itemText(item: ListItem): string {
  const lead = item.children.find((child) => child.type === 'paragraph')
  return lead ? plainText(lead) : ''
}

/** "**Data Pipeline**: How to handle large volumes" → term and detail. */
function termAndDetail(item: ListItem): Pick<PartItem, 'term' | 'detail'> {
  const lead = item.children[0]
  if (lead?.type !== 'paragraph' || lead.children[0]?.type !== 'strong') return {}
  const term = plainText(lead.children[0]).replace(/:\s*$/, '').trim()
  const detail = plainText(lead.children.slice(1)).replace(/^[:\-–—]\s*/, '')
  return {term, detail: detail || undefined}
}

function partItem(item: ListItem): PartItem {
  return {text: itemText(item), ...termAndDetail(item), node: item}
}

export function kindOf(labels: string[], list: List, match: LabelMatcher): {kind: PartKind; label: string} | undefined {
  for (const label of labels) {
    const kind = match(label)
    if (kind) return {kind, label}
  }
  // An unlabelled numbered list still reads as a sequence of steps.
  if (list.ordered && labels[0] !== undefined) return {kind: 'steps', label: labels[0]}
  return undefined
}

/**
 * @param context titles to fall back on: the section's own first, then its ancestors'.
 */
export function findParts(body: RootContent[], context: string[], match: LabelMatcher): Part[] {
  const parts: Part[] = []
  let label: string | undefined
  for (const node of body) {
    if (node.type === 'list') {
      const found = kindOf(label ? [label, ...context] : context, node, match)
      if (found) parts.push({...found, ordered: node.ordered === true, items: node.children.map(partItem), node})
      label = undefined
    } else {
      label = pseudoHeading(node)
    }
  }
  return parts
}
