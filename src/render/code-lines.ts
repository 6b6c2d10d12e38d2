/**
 * A code block's lines wrap with a hanging indent, never back to column 0:
 * each line is its own span that knows its indentation (`--indent`, in
 * characters, tabs as four), and a wrapped line goes on two characters
 * further in (base.css). Indentation of Python stays readable on any width.
 */
import type {Element, ElementContent, Root} from 'hast'
import {visit} from 'unist-util-visit'

const TAB = 4

function indentOf(line: string): number {
  let width = 0
  for (const char of line) {
    if (char === ' ') width++
    else if (char === '\t') width += TAB - (width % TAB)
    else break
  }
  return width
}

/** Split highlighted code into its lines: text is cut at each newline, a span around it is kept on every piece. */
function splitLines(nodes: ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]]
  const push = (node: ElementContent) => lines[lines.length - 1]!.push(node)
  for (const node of nodes) {
    if (node.type === 'text') {
      node.value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part) push({type: 'text', value: part})
      })
    } else if (node.type === 'element') {
      splitLines(node.children).forEach((pieces, index) => {
        if (index > 0) lines.push([])
        if (pieces.length) push({...node, children: pieces})
      })
    }
  }
  return lines
}

/** Remove a line's leading blanks (in its first text, however deep) and say how wide they were. */
function stripIndent(nodes: ElementContent[]): string {
  let removed = ''
  const walk = (list: ElementContent[]): boolean => {
    for (const node of list) {
      if (node.type === 'text') {
        const blanks = /^[ \t]*/.exec(node.value)![0]
        removed += blanks
        node.value = node.value.slice(blanks.length)
        if (node.value) return true
      } else if (node.type === 'element' && walk(node.children)) return true
    }
    return false
  }
  walk(nodes)
  return removed
}

function lineSpan(children: ElementContent[]): Element {
  const indent = indentOf(stripIndent(children))
  return {type: 'element', tagName: 'span', properties: {className: ['line'], style: `--indent:${indent}ch`}, children}
}

/** Plain or highlighted code (math is KaTeX's); a block with other markup inside is left as it is. */
function isCode(code: Element): boolean {
  const classes = code.properties.className
  if (Array.isArray(classes) && classes.some((name) => String(name).startsWith('language-math'))) return false
  const plain = (node: ElementContent): boolean =>
    node.type === 'text' || (node.type === 'element' && node.tagName === 'span' && node.children.every(plain))
  return code.children.every(plain)
}

export function rehypeCodeLines() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const code = node.children[0]
      if (node.tagName !== 'pre' || node.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code')
        return
      if (!isCode(code)) return
      const lines = splitLines(code.children)
      // The newline that ends the block makes no line of its own.
      if (lines.length > 1 && lines.at(-1)!.length === 0) lines.pop()
      // A newline between the lines keeps them lines wherever the CSS is not ours (copied text, other note types).
      code.children = lines.flatMap((line, index) =>
        index === 0 ? [lineSpan(line)] : [{type: 'text', value: '\n'} as ElementContent, lineSpan(line)],
      )
      node.properties.className = ['code-lines']
    })
  }
}
