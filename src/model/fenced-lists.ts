/**
 * A list set in a fence. Guides paste a list of questions between ``` marks
 * to keep it as typed ("Consider the following questions:" then a fence of
 * `* What is …?` lines). A reader sees a list, not code: a fence with no
 * language whose every line is a bullet or numbered item (or an indented
 * line that goes on with one), two thirds of which end in "?", becomes that
 * list, each item at its own line, so that the list rules read it.
 */
import type {Code, List, ListItem, RootContent} from 'mdast'

const ITEM = /^([*+-]|\d{1,3}[.)])[ \t]+(\S.*)$/
/** Fewer items than this and a fence says nothing by them. */
const MIN_ITEMS = 3

interface Line {
  text: string
  line: number
}

/** The items of a fence's text, each with the line it starts on; undefined if any line is not an item or goes on with one. */
function itemsOf(code: Code): Line[] | undefined {
  const start = (code.position?.start.line ?? 0) + 1
  const items: Line[] = []
  for (const [index, raw] of code.value.split('\n').entries()) {
    if (raw.trim() === '') continue
    const found = ITEM.exec(raw.trim())
    if (found && !/^\s{2,}/.test(raw)) items.push({text: found[2]!.trim(), line: start + index})
    else if (items.length > 0 && /^\s+\S/.test(raw)) items[items.length - 1]!.text += ` ${raw.trim()}`
    else return undefined
  }
  return items
}

function listOf(code: Code, items: Line[], ordered: boolean): List {
  const children = items.map(({text, line}): ListItem => {
    const position = {start: {line, column: 1}, end: {line, column: 1}}
    const paragraph = {type: 'paragraph' as const, children: [{type: 'text' as const, value: text, position}], position}
    return {type: 'listItem', spread: false, children: [paragraph], position}
  })
  return {type: 'list', ordered, spread: false, children, ...(code.position ? {position: code.position} : {})}
}

/** The blocks of a body with each fence that holds nothing but a list of questions made that list, and those lists. */
export function fencedLists(blocks: RootContent[]): {blocks: RootContent[]; made: Set<RootContent>} {
  const made = new Set<RootContent>()
  const out = blocks.map((block) => {
    if (block.type !== 'code' || block.lang) return block
    const items = itemsOf(block)
    if (!items || items.length < MIN_ITEMS) return block
    const asking = items.filter((item) => /[?？][^\p{L}\p{N}]*$/u.test(item.text)).length
    if (asking * 3 < items.length * 2) return block
    const list = listOf(block, items, /^\s*\d/.test(block.value.trimStart()))
    made.add(list)
    return list
  })
  return {blocks: out, made}
}
