/**
 * Paper cannot be clicked: a `<details>` (a guide's hidden solution) prints
 * open, its summary set as a small heading over the content (base.css).
 */
import type {Element, Root} from 'hast'
import {visit} from 'unist-util-visit'

export function rehypeOpenDetails() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'details') node.properties.open = true
      else if (node.tagName === 'summary') node.properties.className = ['details-summary']
    })
  }
}
