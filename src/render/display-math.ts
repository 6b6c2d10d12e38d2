/**
 * `$$…$$` alone in a paragraph is display math, as authors mean it (remark-math
 * reads it as inline math, since it is not on lines of its own). The marker
 * width comes from the source position: `$$x$$` spans the value plus four.
 * Runs before KaTeX, which then typesets the block in display mode.
 */
import type {Element, ElementContent, Root} from 'hast'
import {visit} from 'unist-util-visit'

const blank = (node: ElementContent) => node.type === 'text' && node.value.trim() === ''

function isDoubleDollar(node: ElementContent): node is Element {
  if (node.type !== 'element' || node.tagName !== 'code') return false
  const classes = node.properties.className
  if (!Array.isArray(classes) || !classes.includes('math-inline')) return false
  const {start, end} = node.position ?? {}
  const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
  return start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset - text.length >= 4
}

export function rehypeDisplayMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return
      const content = node.children.filter((child) => !blank(child))
      const math = content[0]
      if (content.length !== 1 || !math || !isDoubleDollar(math)) return
      math.properties.className = ['language-math', 'math-display']
      Object.assign(node, {tagName: 'pre', properties: {}, children: [math]})
    })
  }
}
