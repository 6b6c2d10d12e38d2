/**
 * A face is measured once per run: the packs of a batch share most of their
 * questions, and a deck whose faces were all measured before opens no page
 * to measure them again, yet comes out the same, every face holding its text.
 */
import {describe, expect, it} from 'vitest'
import {metaOf} from '../../src/run/build.js'
import {deckOf} from '../../src/documents/cards/deck.js'
import {layoutOf} from '../../src/documents/cards/layout.js'
import {createRunContext} from '../../src/run/context.js'
import {moreNotes} from '../../src/documents/cards/more.js'
import {printDeck} from '../../src/documents/cards/print.js'
import {withPrinter, type Printer} from '../../src/browser/printer.js'
import {selectGuide} from '../../src/select/sections.js'
import {bundledStudy, CONTENT} from '../helpers/guide.js'

/** In the page: the faces whose text goes past their text box. */
function overflowingFaces(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-face]')).flatMap((face) => {
    const box = face.querySelector('.fit')!
    const range = document.createRange()
    range.selectNodeContents(box)
    const [text, frame] = [range.getBoundingClientRect(), box.getBoundingClientRect()]
    const fits =
      text.bottom <= frame.bottom + 0.01 && text.top >= frame.top - 0.01 && box.scrollWidth <= box.clientWidth
    return fits ? [] : [face.dataset.face ?? '?']
  })
}

describe('card fit, measured once per run', () => {
  it('measures a deck, then a deck of the same questions for another pack without opening a page', async () => {
    const study = await bundledStudy()
    const run = createRunContext()
    const setupFor = (role: string, domains: string[] | null) => {
      const pack = {role, domains, folder: role}
      const meta = metaOf(study, pack, 'a4')
      const deck = deckOf(selectGuide(study.guide, study.tags, pack), study.tags.effective, meta)
      return {
        templates: run.templates,
        fits: run.fits.cards,
        deck,
        meta,
        layout: layoutOf({paper: 'a4', size: 'grid', duplex: 'long', backOffset: {x: 0, y: 0}}),
        html: {baseDir: study.content.folder, cache: run.html},
        title: `cards ${role}`,
        more: moreNotes({guidePages: null, answerKey: null}),
      }
    }
    const opened: string[] = []
    const [first, again, domainOnly, overflowing] = await withPrinter({contentDir: CONTENT}, async (printer) => {
      const counting: Printer = {...printer, open: (html, work) => (opened.push(html), printer.open(html, work))}
      const decks = [
        await printDeck(setupFor('ml-engineer', null), counting),
        await printDeck(setupFor('ml-engineer', null), counting),
        // Another pack's deck: other label and numbers on every card, the same questions as some of the first.
        await printDeck(setupFor('ml-engineer', ['nlp']), counting),
      ]
      // Every face of every deck, measured or remembered, holds its text at the size it was given.
      const overflow = await Promise.all(
        decks.map((deck) => printer.open(deck.html, (page) => page.measure(overflowingFaces, {arg: null}))),
      )
      return [...decks, overflow.flat()]
    })
    expect(opened).toHaveLength(1)
    expect(overflowing).toEqual([])
    expect(again.html).toBe(first.html)
    expect(again.continued).toEqual(first.continued)
    // Its faces fit as they did in the first deck: the same continued answers, and sizes taken from the first.
    const continuedQuestions = (deck: typeof first) => deck.continued.map((each) => each.question)
    expect(continuedQuestions(first)).toEqual(expect.arrayContaining(continuedQuestions(domainOnly)))
    expect(domainOnly.html).toContain('--fs:')
  })
})
