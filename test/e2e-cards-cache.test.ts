/**
 * A face is measured once per run: the packs of a batch share most of their
 * questions, and a deck whose faces were all measured before opens no page
 * to measure them again, yet comes out the same.
 */
import {describe, expect, it} from 'vitest'
import {metaOf} from '../src/build/run.js'
import {deckOf} from '../src/cards/deck.js'
import {layoutOf} from '../src/cards/layout.js'
import {layoutOptions} from '../src/cards/options.js'
import {printDeck} from '../src/cards/print.js'
import {withPrinter, type Printer} from '../src/print/printer.js'
import {selectGuide} from '../src/select.js'
import {bundledStudy, CONTENT} from './helpers/guide.js'

describe('card fit, measured once per run', () => {
  it('measures a deck, then a deck of the same questions for another pack without opening a page', async () => {
    const study = await bundledStudy()
    const setupFor = (role: string, domains: string[] | null) => {
      const pack = {role, domains, folder: role}
      const meta = metaOf(study, pack, 'a4')
      const deck = deckOf(selectGuide(study.guide, study.tags, pack), study.tags.tags, meta)
      return {deck, meta, layout: layoutOf(layoutOptions({}, 'a4')), html: {baseDir: study.content.folder}, title: `cards ${role}`}
    }
    const opened: string[] = []
    const [first, again, domainOnly] = await withPrinter({contentDir: CONTENT}, async (printer) => {
      const counting: Printer = {...printer, open: (html, work) => (opened.push(html), printer.open(html, work))}
      return [
        await printDeck(setupFor('ml-engineer', null), counting),
        await printDeck(setupFor('ml-engineer', null), counting),
        // Another pack's deck: other label and numbers on every card, the same questions as some of the first.
        await printDeck(setupFor('ml-engineer', ['nlp']), counting),
      ]
    })
    expect(opened).toHaveLength(1)
    expect(again.html).toBe(first.html)
    expect(again.continued).toEqual(first.continued)
    // Its faces fit as they did in the first deck: the same continued answers, and sizes taken from the first.
    const continuedQuestions = (deck: typeof first) => deck.continued.map((each) => each.question)
    expect(continuedQuestions(first)).toEqual(expect.arrayContaining(continuedQuestions(domainOnly)))
    expect(domainOnly.html).toContain('--fs:')
  })
})
