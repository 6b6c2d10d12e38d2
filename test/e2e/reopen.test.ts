/**
 * A page shows a second document without a page load when the head is the
 * same (a deck measured, then printed fitted): only the body changes. With
 * another head it loads anew, so nothing of the first document stays.
 */
import {describe, expect, it} from 'vitest'
import {withPrinter} from '../../src/browser/printer.js'
import {CONTENT} from '../helpers/guide.js'

const page = (style: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${style}</style></head><body class="b">${body}</body></html>`

/** In the page: what it shows, the colour its paragraph is set in, and whether the mark set before is still there. */
function seen() {
  const paragraph = document.querySelector('p')
  return {
    text: document.body.textContent,
    colour: paragraph ? getComputedStyle(paragraph).color : null,
    marked: document.documentElement.dataset.mark === 'kept',
    bodyClass: document.body.className,
  }
}

function mark(): void {
  document.documentElement.dataset.mark = 'kept'
}

describe('reopening a page', () => {
  it('replaces only the body when the head is the same, and loads anew when it is not', async () => {
    const red = 'p { color: rgb(200, 0, 0) }'
    const [same, other, pdf] = await withPrinter({contentDir: CONTENT}, (printer) =>
      printer.open(page(red, '<p>first</p>'), async (document) => {
        await document.measure(mark, {arg: undefined})
        await document.reopen(page(red, '<p>second</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'))
        const same = await document.measure(seen, {arg: undefined})
        await document.reopen(page('p { color: rgb(0, 0, 200) }', '<p>third</p>'))
        const other = await document.measure(seen, {arg: undefined})
        return [same, other, await document.print()] as const
      }),
    )
    expect(same).toEqual({text: 'second', colour: 'rgb(200, 0, 0)', marked: true, bodyClass: 'b'})
    expect(other).toEqual({text: 'third', colour: 'rgb(0, 0, 200)', marked: false, bodyClass: 'b'})
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-')
  })
})
