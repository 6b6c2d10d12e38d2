/**
 * `$$…$$` alone in a paragraph is display math, as authors mean it (remark-math
 * reads it as inline math, since it is not on lines of its own). The marker
 * width comes from the source position (the paragraph's, when the math has
 * none of its own): `$$x$$` spans the value plus four.
 * Runs first, while the tree still has its source positions (rehype-raw drops
 * them): `pre > code.language-math` passes the sanitizer, and KaTeX then
 * typesets it in display mode.
 */
import type {Element, ElementContent, Root} from 'hast'
import {visit} from 'unist-util-visit'

const blank = (node: ElementContent) => node.type === 'text' && node.value.trim() === ''

/** `paragraph`: the math's only content, whose position stands in when the math has none of its own. */
function isDoubleDollar(node: ElementContent, paragraph: Element): node is Element {
  if (node.type !== 'element' || node.tagName !== 'code') return false
  const classes = node.properties.className
  if (!Array.isArray(classes) || !classes.includes('math-inline')) return false
  const {start, end} = node.position ?? paragraph.position ?? {}
  const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
  return start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset - text.length >= 4
}

export function rehypeDisplayMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return
      const content = node.children.filter((child) => !blank(child))
      const math = content[0]
      if (content.length !== 1 || !math || !isDoubleDollar(math, node)) return
      math.properties.className = ['language-math', 'math-display']
      Object.assign(node, {tagName: 'pre', properties: {}, children: [math]})
    })
  }
}
