/**
 * Raw HTML lists. A guide written in HTML (`<ol>` then `<li>` … `</li>` per
 * item, markdown inside) arrives as html tag nodes with the item's blocks
 * between them at the body's own level. A reader sees a list: this makes each
 * `<li>` … `</li>` run one mdast list item (tags and comments dropped, its
 * position where its text starts) and each run of items one list, so that the
 * list rules read it as they read any other.
 */
import type {BlockContent, List, ListItem, RootContent} from 'mdast'

const OPEN_ITEM = /<li\b[^>]*>/i
const CLOSE_ITEM = /<\/li\s*>/i
const LIST_TAG = /<\/?(ol|ul)\b[^>]*>/i
const COMMENT = /<!--[\s\S]*?-->/g

/** An html node that is nothing but tags of the list (`<ol>`, `<li>`, `</li>`, `</br>`) and comments. */
function onlyListTags(value: string): boolean {
  return (
    value
      .replace(COMMENT, '')
      .replace(/<\/?(ol|ul|li|br|p)\b[^>]*\/?>/gi, '')
      .trim() === ''
  )
}

/** A tag of the list, not one inside a whole html block of its own (a `<table>` holding a `<ul>`). */
const isHtml = (block: RootContent, re: RegExp) =>
  block.type === 'html' && !/<table\b/i.test(block.value) && re.test(block.value.replace(COMMENT, ''))

/** Where the last match of `re` starts in an html node, or -1. */
function lastAt(block: RootContent, re: RegExp): number {
  if (block.type !== 'html') return -1
  const all = [...block.value.matchAll(new RegExp(re.source, 'gi'))]
  return all.length > 0 ? all[all.length - 1]!.index : -1
}

/** The item of the blocks between an `<li>` and its `</li>`: what says something, positioned at its first block. */
function itemOf(blocks: RootContent[]): ListItem | undefined {
  const children = blocks.filter((block) => !(block.type === 'html' && onlyListTags(block.value)))
  const first = children[0]
  if (!first) return undefined
  const last = children[children.length - 1]!
  const position = first.position && last.position ? {start: first.position.start, end: last.position.end} : undefined
  return {type: 'listItem', spread: true, children: children as BlockContent[], ...(position ? {position} : {})}
}

/** The blocks of a body with every run of raw `<li>` items made one mdast list. */
export function htmlLists(blocks: RootContent[]): RootContent[] {
  if (!blocks.some((block) => isHtml(block, OPEN_ITEM))) return blocks
  const out: RootContent[] = []
  let list: List | undefined
  let item: RootContent[] | undefined
  const close = () => {
    const made = item && itemOf(item)
    if (made) {
      list ??= {type: 'list', ordered: true, start: 1, spread: true, children: []}
      if (list.children.length === 0) out.push(list)
      list.children.push(made)
      if (made.position && list.position) list.position = {start: list.position.start, end: made.position.end}
      else if (made.position) list.position = {...made.position}
    }
    item = undefined
  }
  for (const block of blocks) {
    if (block.type === 'heading') {
      close()
      list = undefined
    }
    const opens = isHtml(block, OPEN_ITEM)
    const closes = isHtml(block, CLOSE_ITEM)
    if (opens) {
      close()
      item = [block]
      // `<li>text</li>` on one line: an item whose text is html, not markdown, and no list of ours.
      if (closes && lastAt(block, CLOSE_ITEM) > lastAt(block, OPEN_ITEM)) close()
      continue
    }
    if (item) {
      item.push(block)
      if (closes) close()
      continue
    }
    // Between items only list tags and blank html keep the list going.
    if (block.type === 'html' && (onlyListTags(block.value) || LIST_TAG.test(block.value))) {
      if (/<\/(ol|ul)\b/i.test(block.value)) list = undefined
      if (!onlyListTags(block.value)) out.push(block)
      continue
    }
    list = undefined
    out.push(block)
  }
  close()
  return out
}
