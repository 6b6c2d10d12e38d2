/**
 * Numbered series that the markdown broke. In CommonMark an ordered item not
 * numbered 1 cannot interrupt a paragraph, so a pasted list whose answers run
 * on as plain lines ("1. What is X?⏎It is …⏎2. What is Y?") parses as one
 * item and a paragraph. A reader still sees the numbers go on: a line inside
 * a paragraph that opens with the next number of the list before it starts
 * the next item of that list, and a list that starts at that number goes on
 * with it; what lies between is the answer of the item before.
 */
import type {List, ListItem, Paragraph, PhrasingContent, RootContent, Text} from 'mdast'

/** "12. " or "12) " opening a line (or the paragraph), and the white space after it. */
const NUMBERED_LINE = /(?:^|\n)[ \t]*(\d{1,3})[.)][ \t]+(?=\S)/g

/** A paragraph cut where a line opens with `number`: the text before, and the text from the number on. */
function cutAt(paragraph: Paragraph, number: number): {head?: Paragraph; rest: Paragraph} | undefined {
  for (const [index, node] of paragraph.children.entries()) {
    if (node.type !== 'text') continue
    for (const match of node.value.matchAll(NUMBERED_LINE)) {
      if (Number(match[1]) !== number || (match.index === 0 && index > 0)) continue
      const before = node.value.slice(0, match.index)
      const line = (node.position?.start.line ?? 0) + before.split('\n').length - (match[0].startsWith('\n') ? 0 : 1)
      const head: PhrasingContent[] = [
        ...paragraph.children.slice(0, index),
        ...(before ? [{...node, value: before}] : []),
      ]
      const tail: PhrasingContent[] = [
        {...node, value: node.value.slice(match.index)},
        ...paragraph.children.slice(index + 1),
      ]
      const position = paragraph.position && {start: {line, column: 1}, end: paragraph.position.end}
      return {
        ...(head.length > 0 ? {head: {...paragraph, children: head}} : {}),
        rest: {type: 'paragraph', children: tail, ...(position ? {position} : {})},
      }
    }
  }
  return undefined
}

/** The rest of a cut paragraph ("12. What is …⏎…") as an item: the number dropped. */
function itemOf(rest: Paragraph): ListItem {
  const [first, ...more] = rest.children as [Text, ...PhrasingContent[]]
  const value = first.value.replace(/^\n?[ \t]*\d{1,3}[.)][ \t]+/, '')
  const paragraph: Paragraph = {...rest, children: [{...first, value}, ...more]}
  return {type: 'listItem', spread: false, children: [paragraph], ...(rest.position ? {position: rest.position} : {})}
}

/**
 * A list's last item, the blocks after it and a paragraph holding the next
 * number: the blocks and the text before the number go to the last item (its
 * answer), the text from the number on is a new item. Again while the new
 * item's text holds the number after it.
 */
function grow(list: List, between: RootContent[], paragraph: Paragraph, next: number): List | undefined {
  const cut = cutAt(paragraph, next)
  if (!cut) return undefined
  const items = [...list.children]
  const last = items[items.length - 1]!
  const answer = [...between, ...(cut.head ? [cut.head] : [])] as ListItem['children']
  items[items.length - 1] = {...last, children: [...last.children, ...answer]}
  let rest = cut.rest
  for (let number = next + 1; ; number++) {
    const further = cutAt(rest, number)
    items.push(itemOf(further?.head ?? rest))
    if (!further) break
    rest = further.rest
  }
  return {...list, children: items}
}

/** The blocks of a body with every numbered line that goes on from the list before it made an item of that list. */
export function continueNumbering(blocks: RootContent[]): RootContent[] {
  const out: RootContent[] = []
  /** The last ordered list, where in `out` it is, and the blocks after it. */
  let open: {at: number; between: RootContent[]} | undefined
  for (const block of blocks) {
    if (block.type === 'heading') open = undefined
    const list = open ? (out[open.at] as List) : undefined
    const next = list ? (list.start ?? 1) + list.children.length : undefined
    const grown =
      list && next !== undefined && block.type === 'paragraph' ? grow(list, open!.between, block, next) : undefined
    // A list that starts where the open one stopped goes on with it; what lies between answers its last item.
    if (
      list &&
      open &&
      block.type === 'list' &&
      block.ordered &&
      next !== undefined &&
      block.start === next &&
      next > 1
    ) {
      const last = list.children[list.children.length - 1]!
      const answered = {...last, children: [...last.children, ...(open.between as ListItem['children'])]}
      out.splice(open.at, out.length - open.at, {
        ...list,
        children: [...list.children.slice(0, -1), answered, ...block.children],
      })
      open.between = []
      continue
    }
    if (grown && open) {
      out.splice(open.at, out.length - open.at, grown)
      open.between = []
      continue
    }
    out.push(block)
    if (block.type === 'list' && block.ordered) open = {at: out.length - 1, between: []}
    else open?.between.push(block)
  }
  return out
}
