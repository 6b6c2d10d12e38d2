/**
 * What a guide holds for moving around in it, not for studying: its own
 * hand-written table of contents (a list or table of nothing but links into
 * the guide: anchors, relative paths, the file's own URL, or links whose text
 * is one of the file's headings), "back to top" lines (in list items too),
 * and the navigation line a chapter ends with
 * ("Continue to … or return to …"). They are left out of the model, so the
 * study guide does not print them and no link in them is read as a question.
 */
import type {Link, List, ListItem, Nodes, PhrasingContent, RootContent, Table, TableCell} from 'mdast'
import {normalizeQuestion, plainText} from './text.js'

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

/**
 * Where an entry of a table of contents points: a link into the guide, or a
 * link anywhere whose text is one of the file's own headings (a contents list
 * of absolute URLs to the same page).
 */
type Inward = (link: Link) => boolean

function inwardOf(headings: Set<string>, file?: string): Inward {
  const self = file ? `/${file.split('/').pop()}#` : undefined
  const toSelf = (url: string) => self !== undefined && safeDecode(url).includes(self)
  return (link) =>
    (link.url !== '' && isLocal(link.url)) || toSelf(link.url) || headings.has(normalizeQuestion(plainText(link)))
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}

/** Phrasing that is nothing but one link pointing inward: one entry of a table of contents. */
function isEntry(nodes: PhrasingContent[], inward: Inward): boolean {
  // Most lines hold no link at all: they are told apart before their words are counted.
  const link = onlyLink(nodes)
  if (link === undefined) return false
  const {links, words} = linksAndWords(nodes)
  return links.length === 1 && words === 0 && inward(link)
}

/** The one link of phrasing, maybe inside bold or emphasis. */
function onlyLink(nodes: PhrasingContent[]): Link | undefined {
  for (const node of nodes) {
    if (node.type === 'link') return node
    if ('children' in node) {
      const inner = onlyLink(node.children as PhrasingContent[])
      if (inner) return inner
    }
  }
  return undefined
}

/** An item that is only an inward link, maybe with a nested list of the same: one entry of a table of contents. */
function isTocItem(item: ListItem, inward: Inward): boolean {
  const [lead, ...rest] = item.children
  if (lead?.type !== 'paragraph' || !isEntry(lead.children, inward)) return false
  return rest.every((child) => child.type === 'list' && child.children.every((sub) => isTocItem(sub, inward)))
}

/**
 * A list of links into the guide: two thirds or more of its items are nothing
 * but an inward link (the others, say entries with no target yet, stay).
 */
function isToc(list: List, inward: Inward): boolean {
  const entries = list.children.filter((item) => isTocItem(item, inward)).length
  return entries >= 2 && entries * 3 >= list.children.length * 2
}

/** A table of contents without its entries: what is left of it, if anything (entries that point nowhere). */
function tocRest(list: List, inward: Inward): RootContent[] {
  const rest = list.children.filter((item) => !isTocItem(item, inward))
  return rest.length > 0 ? [{...list, children: rest}] : []
}

/**
 * A table of links into the guide: every row is an inward link beside
 * nothing but a number, or a bold group label ("**Basic**") with no link.
 */
function isTocTable(table: Table, inward: Inward): boolean {
  const rows = table.children.slice(1)
  const words = (cell: TableCell) => plainText(cell).replace(/[\d.\s]+/g, '')
  const entries = rows.filter((row) => {
    const said = row.children.filter((cell) => words(cell) !== '')
    return said.length === 1 && isEntry(said[0]!.children, inward)
  }).length
  const groups = rows.filter((row) => {
    const said = row.children.filter((cell) => words(cell) !== '')
    return said.length === 1 && said[0]!.children.every((node) => node.type === 'strong')
  }).length
  return entries >= 2 && entries + groups === rows.length
}

/** The texts of every heading of a file, lists' own headings too ("1. ### What is …?"), normalised. */
function headingTexts(blocks: RootContent[]): Set<string> {
  const found = new Set<string>()
  const stack: Nodes[] = [...blocks]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'heading') found.add(normalizeQuestion(plainText(node)))
    else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
      stack.push(...(node.children as Nodes[]))
  }
  return found
}

const isTocBlock = (node: RootContent, inward: Inward) =>
  (node.type === 'list' && isToc(node, inward)) || (node.type === 'table' && isTocTable(node, inward))

/** "Continue to [next](./next.md) or return to the [Main Guide](./README.md)": local links and a few words. */
function isNavigationLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const {links, words} = linksAndWords(node.children)
  return links.length > 0 && links.every(isLocal) && words <= 3 * links.length + 2
}

/** "[↑ Back to top](#top)", "Scroll to Top": a line of nothing but anchor links. */
function isAnchorLine(node: RootContent): boolean {
  if (node.type !== 'paragraph' || onlyLink(node.children) === undefined) return false
  const {links, words} = linksAndWords(node.children)
  return links.length > 0 && links.every((url) => url.startsWith('#')) && words <= 4 * links.length
}

/** A list whose items end with a "Back to top" line of their own: the items without it. */
function withoutItemAnchors(node: RootContent): RootContent {
  if (node.type !== 'list' || !node.children.some((item) => item.children.some(isAnchorLine))) return node
  const children = node.children.map((item) => ({
    ...item,
    children: item.children.filter((child) => !isAnchorLine(child)).map(withoutItemAnchors),
  }))
  return {...node, children} as List
}

const TOC_TITLE = /^(table of contents?|contents|toc|index|chapters)$/i

/**
 * A file's blocks without its navigation: tables of contents (and a
 * "Table of Contents" heading left with nothing under it), anchor lines, and
 * the navigation lines that end it (with the rule before them).
 */
export function withoutNavigation(blocks: RootContent[], file?: string): RootContent[] {
  const inward = inwardOf(headingTexts(blocks), file)
  // Each block is judged once: the judgement is asked for in three places below.
  const tocs = new Set(blocks.filter((node) => isTocBlock(node, inward)))
  // A "Table of Contents" heading whose contents are left out goes with them.
  const contents = new Set(
    blocks.filter((node, index) => {
      const next = blocks[index + 1]
      return node.type === 'heading' && TOC_TITLE.test(plainText(node)) && next !== undefined && tocs.has(next)
    }),
  )
  const kept = blocks
    .flatMap((node) => (node.type === 'list' && tocs.has(node) ? tocRest(node, inward) : [node]))
    .filter((node) => !tocs.has(node) && !isAnchorLine(node) && !contents.has(node))
    .map(withoutItemAnchors)
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
