/**
 * Math as TeX between \( \) and \[ \], which Anki typesets itself (MathJax);
 * KaTeX's markup would need KaTeX's stylesheet and fonts inside Anki.
 */
import type {Nodes, RootContent} from 'mdast'

/** `memo` keeps each model array's conversion for the run: the same nodes then hit the run's HTML cache in every pack. */
export function texMath(nodes: RootContent[], memo?: WeakMap<RootContent[], RootContent[]>): RootContent[] {
  const known = memo?.get(nodes)
  if (known) return known
  const convert = (node: Nodes): Nodes => {
    if (node.type === 'inlineMath') return {type: 'text', value: `\\(${node.value}\\)`}
    if (node.type === 'math') return {type: 'paragraph', children: [{type: 'text', value: `\\[${node.value}\\]`}]}
    if ('children' in node) return {...node, children: node.children.map(convert)} as Nodes
    return node
  }
  const result = nodes.map((node) => convert(node) as RootContent)
  memo?.set(nodes, result)
  return result
}
