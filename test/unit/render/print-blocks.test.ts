import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../../../src/input/parse.js'
import {toHtml} from '../../../src/render/html.js'
import {uncoveredCharacters} from '../../../src/render/glyphs.js'
import {shortId} from '../../../src/documents/guide/view.js'
import {sheetItem} from '../../../src/documents/cheatsheet/view.js'
import {questionHtml} from '../../../src/documents/cards/view.js'
import type {PartItem} from '../../../src/model/types.js'

const html = (markdown: string) => toHtml(parseMarkdown(markdown).children, {baseDir: '.'})

describe('print blocks', () => {
  it('wraps code lines with their own indentation, tabs as four', () => {
    const out = html('```\ndef f():\n    if x:\n\t\treturn 1\n\n```')
    expect(out).toContain('<pre class="code-lines">')
    expect(out).toContain('<span class="line" style="--indent:0ch">def f():</span>')
    expect(out).toContain('<span class="line" style="--indent:4ch">if x:</span>')
    expect(out).toContain('<span class="line" style="--indent:8ch">return 1</span>')
  })

  it('keeps the hanging indent of highlighted code, its highlighting split line by line', () => {
    const out = html('```python\ndef f():\n    s = """Two\n    lines."""\n    return 1\n```')
    expect(out).toContain('<pre class="code-lines">')
    expect(out).toContain('<span class="line" style="--indent:0ch"><span class="hljs-keyword">def</span>')
    expect(out).toContain(
      '<span class="line" style="--indent:4ch"><span class="hljs-keyword">return</span> <span class="hljs-number">1</span></span>',
    )
    // A string over two lines is one highlighted span, cut into a span on each line.
    expect(out).toContain('<span class="line" style="--indent:4ch"><span class="hljs-string">lines."""</span></span>')
  })

  it('prints <details> open, its summary as a heading', () => {
    const out = html('<details>\n<summary>Solution</summary>\n\nThe answer.\n\n</details>')
    expect(out).toMatch(/<details open>/)
    expect(out).toContain('<summary class="details-summary">Solution</summary>')
  })

  it('sets $$…$$ alone in a paragraph as display math, and $…$ alone stays inline', () => {
    expect(html('$$a = b$$')).toContain('katex-display')
    expect(html('$a = b$')).not.toContain('katex-display')
    expect(html('Text $$a$$ in a sentence.')).not.toContain('katex-display')
  })

  it('sets a bold question as a question, a bold label as a label', () => {
    expect(html('**How do you compare two models?**')).toContain('<p class="question">')
    expect(html('**Key Questions:**')).toContain('<p class="label">')
  })

  it('covers arrows, relations, ticks, stars, bullets, box drawing and emoji with bundled fonts', () => {
    expect(uncoveredCharacters('→ ≤ ≥ ≠ ✓ ★ • ├ │ └ ─ 🚀 🎯 ✅ 💡')).toEqual([])
    expect(uncoveredCharacters('漢')).toEqual(['漢'])
  })
})

describe('names and terms', () => {
  it('keeps short ids, and cuts long ones to a unique hashed id within 64 bytes', () => {
    expect(shortId('core-concepts')).toBe('core-concepts')
    const long = `questions-${'very-long-heading-'.repeat(10)}`
    const id = shortId(long)
    expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64)
    expect(id).not.toBe(shortId(`${long}x`))
  })

  it('reads **S**ituation as the word Situation, not the term S', () => {
    const item = {text: 'Situation: set the scene', term: 'S', detail: 'ituation: set the scene'} as PartItem
    expect(sheetItem(item)).toMatchObject({term: 'Situation', detail: 'set the scene'})
    const plain = {text: 'Bias: error from assumptions', term: 'Bias', detail: 'error from assumptions'} as PartItem
    expect(sheetItem(plain)).toBe(plain)
  })

  it('typesets the TeX left in a question', () => {
    const out = questionHtml('What is \\frac{1}{2} of a batch?', {baseDir: '.'})
    expect(out).toContain('class="katex"')
    expect(out).toContain('What is ')
    expect(questionHtml('Plain <question>?', {baseDir: '.'})).toBe('Plain &#x3C;question>?')
  })
})
