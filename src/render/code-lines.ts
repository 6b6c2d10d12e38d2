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

function lineSpan(line: string): Element {
  const indent = indentOf(line)
  return {
    type: 'element',
    tagName: 'span',
    properties: {className: ['line'], style: `--indent:${indent}ch`},
    children: [{type: 'text', value: line.replace(/^[ \t]+/, '')}],
  }
}

/** Only plain code (math is KaTeX's); a block with markup inside is left as it is. */
function isPlainCode(code: Element): boolean {
  const classes = code.properties.className
  if (Array.isArray(classes) && classes.some((name) => String(name).startsWith('language-math'))) return false
  return code.children.every((child) => child.type === 'text')
}

export function rehypeCodeLines() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const code = node.children[0]
      if (node.tagName !== 'pre' || node.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code')
        return
      if (!isPlainCode(code)) return
      const text = code.children.map((child) => (child as {value: string}).value).join('')
      const lines = text.replace(/\n$/, '').split('\n')
      code.children = lines.map(lineSpan) as ElementContent[]
      node.properties.className = ['code-lines']
    })
  }
}
