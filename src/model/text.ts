/** Plain text of mdast nodes as a reader sees it: no raw HTML, white space folded. */
import type {Nodes} from 'mdast'
import {toString} from 'mdast-util-to-string'

export function plainText(node: Nodes | Nodes[]): string {
  const nodes = Array.isArray(node) ? node : [node]
  return nodes
    .map((child) => toString(child, {includeHtml: false}))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}
