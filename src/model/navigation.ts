/**
 * What a guide holds for moving around in it, not for studying: its own
 * hand-written table of contents (a list of nothing but links into the guide),
 * "back to top" links, and the navigation line a chapter ends with
 * ("Continue to … or return to …"). They are left out of the model, so the
 * study guide does not print them and no link in them is read as a question.
 */
import type {List, ListItem, Nodes, PhrasingContent, RootContent} from 'mdast'
import {plainText} from './text.js'

const SCHEME = /^[a-z][a-z\d+.-]*:/i

/** A link into the guide itself: an anchor, or a relative path. */
const isLocal = (url: string) => url.startsWith('#') || !SCHEME.test(url)

/** The links of phrasing content, and how many words are not in a link. */
function linksAndWords(nodes: PhrasingContent[]): {links: string[]; words: number} {
  const links: string[] = []
  let words = 0
  for (const node of nodes) {
    if (node.type === 'link') links.push(node.url)
    else if ('children' in node) {
      const inner = linksAndWords(node.children as PhrasingContent[])
      links.push(...inner.links)
      words += inner.words
    } else if (node.type === 'text') words += node.value.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length
  }
  return {links, words}
}

/** An item that is only a local link, maybe with a nested list of the same: one entry of a table of contents. */
function isTocItem(item: ListItem): boolean {
  const [lead, ...rest] = item.children
  if (lead?.type !== 'paragraph') return false
  const {links, words} = linksAndWords(lead.children)
  if (links.length !== 1 || !isLocal(links[0]!) || words > 0) return false
  return rest.every((child) => child.type === 'list' && isToc(child))
}

/** A list of links into the guide: nine in ten of its items are nothing but a local link. */
function isToc(list: List): boolean {
  const entries = list.children.filter(isTocItem).length
  return list.children.length >= 2 && entries * 10 >= list.children.length * 9
}

/** "Continue to [next](./next.md) or return to the [Main Guide](./README.md)": local links and a few words. */
function isNavigationLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const {links, words} = linksAndWords(node.children)
  return links.length > 0 && links.every(isLocal) && words <= 3 * links.length + 2
}

/** "[↑ Back to top](#top)", "Scroll to Top": a line of nothing but anchor links. */
function isAnchorLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const {links, words} = linksAndWords(node.children)
  return links.length > 0 && links.every((url) => url.startsWith('#')) && words <= 4 * links.length
}

const TOC_TITLE = /^(table of contents?|contents|toc|index|chapters)$/i

/**
 * A file's blocks without its navigation: tables of contents (and a
 * "Table of Contents" heading left with nothing under it), anchor lines, and
 * the navigation lines that end it (with the rule before them).
 */
export function withoutNavigation(blocks: RootContent[]): RootContent[] {
  const kept = blocks.filter((node) => !(node.type === 'list' && isToc(node)) && !isAnchorLine(node))
  let end = kept.length
  while (
    end > 0 &&
    (isNavigationLine(kept[end - 1]!) || (end < kept.length && kept[end - 1]!.type === 'thematicBreak'))
  )
    end--
  const out = kept.slice(0, end)
  return out.filter((node, index) => {
    if (node.type !== 'heading' || !TOC_TITLE.test(plainText(node as Nodes))) return true
    const next = out[index + 1]
    return next !== undefined && next.type !== 'heading'
  })
}
