/**
 * The question with its math, for the Anki front. The model keeps a
 * question's text plain (`$x < y$` is read as "x < y"), which is right for
 * matching and listing but loses the math. The guide's node of the question
 * (found by its position) still has it: each inline formula of that node
 * whose TeX appears in the text, in order and not inside a word, is put back
 * between \( \), which Anki's MathJax typesets.
 */
import type {Nodes, RootContent} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Guide, Question, Section} from '../../model/types.js'

const keyOf = (file: string, line: number, column: number) => `${file}:${line}:${column}`

/** The inline formulas of each node that can hold a question, by where it starts. */
function formulasByPosition(guide: Guide): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const index = (file: string, node: Nodes) => {
    // A list item's question is its first paragraph; the rest is its answer.
    const own = node.type === 'listItem' ? node.children[0] : node
    const start = node.position?.start
    if (!own || !start) return
    const values: string[] = []
    visit(own, 'inlineMath', (math) => void values.push(math.value.replace(/\s+/g, ' ').trim()))
    if (values.length) found.set(keyOf(file, start.line, start.column), values)
  }
  const walk = (section: Section) => {
    const file = section.position.file
    index(file, section.heading)
    const visitAll = (node: Nodes) =>
      visit(
        node,
        (child) =>
          void (['paragraph', 'listItem', 'heading', 'tableRow'].includes(child.type) && index(file, child as Nodes)),
      )
    section.body.forEach((node: RootContent) => visitAll(node))
    section.children.forEach(walk)
  }
  guide.sections.forEach(walk)
  return found
}

const word = /[\p{L}\p{N}]/u

/** The question's text with its formulas between \( \); the plain text where the guide's node has none. */
export function questionWithMath(
  question: Question,
  guide: Guide,
  memo: WeakMap<Guide, Map<string, string[]>> = new WeakMap(),
): string {
  let formulas = memo.get(guide)
  if (!formulas) memo.set(guide, (formulas = formulasByPosition(guide)))
  const {file, line, column} = question.position
  const values = formulas.get(keyOf(file, line, column))
  if (!values) return question.text
  let text = question.text
  let from = 0
  for (const value of values) {
    let at = text.indexOf(value, from)
    // Inside a word ("x" in "explain") is not the formula: look further on.
    while (
      at >= 0 &&
      ((word.test(value[0]!) && word.test(text[at - 1] ?? '')) ||
        (word.test(value.at(-1)!) && word.test(text[at + value.length] ?? '')))
    )
      at = text.indexOf(value, at + 1)
    if (at < 0 || !value) continue
    const wrapped = `\\(${value}\\)`
    text = text.slice(0, at) + wrapped + text.slice(at + value.length)
    from = at + wrapped.length
  }
  return text
}
