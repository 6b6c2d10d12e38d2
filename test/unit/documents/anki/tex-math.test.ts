/** Math as the TeX Anki typesets, and HTML on one line for the text import. */
import type {RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {texMath} from '../../../../src/documents/anki/tex-math.js'
import {singleLineHtml} from '../../../../src/documents/anki/text-files.js'
import {parseMarkdown} from '../../../../src/input/parse.js'

describe('fields for Anki', () => {
  it('makes one line of HTML, keeping the line breaks of code as <br>', () => {
    expect(singleLineHtml('<p>a\n\tb</p>\n<pre><code>x = 1\n\ty = 2\n</code></pre>')).toBe(
      '<p>a b</p> <pre><code>x = 1<br>    y = 2<br></code></pre>',
    )
    expect(singleLineHtml('a\u00a0b')).toBe('a\u00a0b')
  })

  it('writes inline math between \\( \\) and display math between \\[ \\], in their own paragraph', () => {
    const blocks = parseMarkdown('Loss $L = x^2$ and\n\n$$\na < b\n$$\n\n- one $k$').children as RootContent[]
    const converted = texMath(blocks)
    expect(converted[0]).toMatchObject({
      type: 'paragraph',
      children: [{value: 'Loss '}, {type: 'text', value: '\\(L = x^2\\)'}, {value: ' and'}],
    })
    expect(converted[1]).toEqual({type: 'paragraph', children: [{type: 'text', value: '\\[a < b\\]'}]})
    expect(JSON.stringify(converted[2])).toContain('"value":"\\\\(k\\\\)"')
    // The model's nodes are not changed.
    expect(blocks[1]!.type).toBe('math')
  })
})
