/**
 * Math typeset by KaTeX, as rehype-katex does it (same options, same markup,
 * same fallback for what KaTeX cannot read), with two differences: a formula
 * is typeset once per run, and its HTML goes into the tree as it is, a raw
 * node the stringifier writes out, instead of being parsed into elements.
 * rehype-katex parses KaTeX's HTML for every occurrence, and the same formula
 * recurs in the guide, the cheat sheet, its card faces and the Anki notes of
 * every pack: that parse was most of what rendering math cost. Nothing after
 * this step looks inside a formula, and sanitizing is done before it, so the
 * only raw nodes left are KaTeX's own markup, made from the math source alone.
 */
import type {ElementContent, Element, Parents, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import katex, {type KatexOptions} from 'katex'
import {SKIP, visitParents} from 'unist-util-visit-parents'

/** HTML written out as it is (remark-rehype's raw node, which rehype-stringify writes when allowed). */
interface Raw {
  type: 'raw'
  value: string
}

/** Typeset formulas (their HTML, or the error shown instead), by display mode and source: a run's (see html.ts). */
export type MathTrees = Map<string, Raw | Element>

const MAX_FORMULAS = 20_000

function typeset(value: string, displayMode: boolean, settings: KatexOptions): Raw | Element {
  try {
    const html = (() => {
      try {
        return katex.renderToString(value, {...settings, displayMode, throwOnError: true})
      } catch {
        return katex.renderToString(value, {...settings, displayMode, strict: 'ignore', throwOnError: false})
      }
    })()
    return {type: 'raw', value: html}
  } catch (error) {
    const style = `color:${settings.errorColor || '#cc0000'}`
    const properties = {className: ['katex-error'], style, title: String(error)}
    return {type: 'element', tagName: 'span', properties, children: [{type: 'text', value}]}
  }
}

function mathOf(element: Element, parents: Parents[]) {
  const classes = Array.isArray(element.properties.className) ? element.properties.className : []
  const fenced = classes.includes('language-math')
  if (!fenced && !classes.includes('math-display') && !classes.includes('math-inline')) return null
  const parent = parents[parents.length - 1]
  // ```math becomes <pre><code class="language-math">: the <pre> goes, and it is display math.
  if (element.tagName === 'code' && fenced && parent?.type === 'element' && parent.tagName === 'pre')
    return {scope: parent, parent: parents[parents.length - 2], displayMode: true}
  return {scope: element, parent, displayMode: classes.includes('math-display')}
}

export function rehypeKatexOnce(options: {settings: KatexOptions; trees: MathTrees}) {
  const {settings, trees} = options
  return (tree: Root) => {
    visitParents(tree, 'element', (element, parents) => {
      const math = mathOf(element, parents)
      if (!math?.parent) return undefined
      const value = toText(math.scope, {whitespace: 'pre'})
      const key = `${math.displayMode ? 'display' : 'inline'}\0${value}`
      let known = trees.get(key)
      if (!known) {
        if (trees.size >= MAX_FORMULAS) trees.clear()
        trees.set(key, (known = typeset(value, math.displayMode, settings)))
      }
      const children = math.parent.children as ElementContent[]
      // An element may be changed by later steps (classes): each use gets its own copy.
      children.splice(children.indexOf(math.scope), 1, known.type === 'raw' ? {...known} : structuredClone(known))
      return SKIP
    })
  }
}
