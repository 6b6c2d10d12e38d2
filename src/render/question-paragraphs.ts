/**
 * A bold paragraph that asks something ("**How does dropout help?**") is a
 * question, not a pseudo-heading: it loses the small grey label style that
 * html.ts's label pass gives bold lines, and is set as a question instead.
 */
import type {Element, ElementContent, Root} from 'hast'
import {visit} from 'unist-util-visit'

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : ''

const ASKS = /\?\s*:?\s*$|^\s*(?:Q\d*|Question\s*\d*)\s*[.:)]/i

export function rehypeQuestionParagraphs() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className
      if (node.tagName !== 'p' || !Array.isArray(classes) || !classes.includes('label')) return
      if (ASKS.test(node.children.map(textOf).join(''))) node.properties.className = ['question']
    })
  }
}
