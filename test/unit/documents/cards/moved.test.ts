/**
 * A front too small for what its question shows, at the tightest setting the
 * page tried (fit.ts), carries it on its back instead (cards/moved.ts): the
 * decision, from the front's measure; the moved card's faces; its back cut
 * and joined again as any long answer is. The fixture
 * (test/fixtures/cards/shown/) is written for the purpose.
 */
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {faceTexts, type PrintCard} from '../../../../src/documents/cards/view.js'
import type {Deck} from '../../../../src/documents/cards/deck.js'
import type {FaceFit} from '../../../../src/documents/cards/fit.js'
import {blocksHtml, movedWords, movesShown, shownKind, shownOnBack} from '../../../../src/documents/cards/moved.js'
import {chunksOf, piecesOf} from '../../../../src/documents/cards/split.js'
import {createHtmlCache, toHtml, type HtmlOptions} from '../../../../src/render/html.js'
import {FIXTURES} from '../../../helpers/guide.js'
import {filesOf} from '../anki/deck-helpers.js'

const FOLDER = path.join(FIXTURES, 'cards', 'shown')
const OVERFULL: FaceFit = {size: null, leading: 0.82, track: 1, mathScale: 1}
const HELD: FaceFit = {size: 8, leading: 0.82, track: 1, mathScale: 1}

describe('what a question shows, moved to the back of a card too small for it', () => {
  let deck: Deck
  let html: HtmlOptions

  beforeAll(async () => {
    ;({deck} = await filesOf(FOLDER))
    html = {baseDir: FOLDER, cache: createHtmlCache()}
  })

  const print = (start: string): PrintCard => {
    const card = deck.cards.find((one) => one.question.text.startsWith(start))!
    return {card, part: 1, parts: 1, answer: card.question.answer, elsewhere: '', more: null}
  }

  it('moves it only when the front held it at no setting, and only what a question shows', () => {
    const ledger = print('What does this long report builder')
    expect(movesShown(ledger, OVERFULL)).toBe(true)
    expect(movesShown(ledger, HELD)).toBe(false)
    expect(movesShown(ledger, undefined)).toBe(false)
    // A how-to question's code is its answer: nothing to move, however full its front.
    expect(movesShown(print('How do you reverse a list'), OVERFULL)).toBe(false)
    // A continuation's front is its first card's; a card moved already is not moved again.
    expect(movesShown({...ledger, part: 2, parts: 2}, OVERFULL)).toBe(false)
    expect(movesShown(shownOnBack(ledger), OVERFULL)).toBe(false)
  })

  it('puts what it shows first in the answer, under a label, and the answer under one', () => {
    const ledger = print('What does this long report builder')
    const moved = shownOnBack(ledger)
    const shown = ledger.card.question.shown!
    expect(moved.shownOnBack).toBe(true)
    expect(moved.answer).toHaveLength(1 + shown.length + 1 + ledger.answer!.length)
    expect(moved.answer!.slice(1, 1 + shown.length)).toEqual(shown)
    expect(moved.answer!.slice(-ledger.answer!.length)).toEqual(ledger.answer)
    expect(ledger.shownOnBack).toBeUndefined()
  })

  it('names what moved by its blocks: code, options, or both', () => {
    expect(shownKind(print('What does this long report builder').card.question.shown!)).toBe('code')
    expect(shownKind(print('Which of the following flags').card.question.shown!)).toBe('options')
    expect(shownKind(print('In what order do the lines').card.question.shown!)).toBe('both')
    expect(movedWords(shownOnBack(print('Which of the following flags')))?.pointer).toBe('The options are on the back.')
    expect(movedWords(print('Which of the following flags'))).toBeNull()
  })

  it('prints the question and where the code is on the front, the code then the answer on the back', () => {
    const [front, back] = faceTexts(shownOnBack(print('In what order do the lines')), deck, html)
    expect(front.shownHtml).toBe('')
    expect(front.pointer).toBe('The code and its options are on the back.')
    expect(front.questionHtml).toContain('In what order do the lines below reach the console?')
    expect(back.title).toBe('Code, options and answer')
    const labels = [...back.answerHtml.matchAll(/<p class="back-label">([^<]*)<\/p>/g)].map((match) => match[1])
    expect(labels).toEqual(['The code and options', 'The answer'])
    const at = (text: string) => back.answerHtml.indexOf(text)
    expect(back.answerHtml).toMatch(/^<p class="back-label">The code and options<\/p>/)
    expect(at('brewKettle')).toBeGreaterThan(at('The code and options'))
    expect(at('kettle on, kettle off, table set, pour 3')).toBeGreaterThan(at('brewKettle'))
    expect(at('>The answer<')).toBeGreaterThan(at('kettle on, kettle off, table set, pour 3'))
    expect(at('Everything written straight in the body')).toBeGreaterThan(at('>The answer<'))
  })

  it('leaves a card that keeps its code as it was: code in front, the answer rendered as before', () => {
    const kept = print('What does this long report builder')
    const [front, back] = faceTexts(kept, deck, html)
    expect(front.shownHtml).toContain('build_monthly_ledger')
    expect(front.pointer).toBe('')
    expect(back.title).toBe('Answer')
    expect(back.answerHtml).toBe(toHtml(kept.answer!, html))
  })

  it('cuts the moved back as any long answer: its labels whole, its code between lines, joined again', () => {
    const moved = shownOnBack(print('What does this long report builder'))
    const pieces = piecesOf(moved.answer!)
    const labels = pieces.filter((piece) => blocksHtml([piece.node], html).startsWith('<p class="back-label">'))
    expect(labels.map((piece) => piece.join)).toEqual([null, null])
    const code = pieces.filter((piece) => piece.node.type === 'code')
    expect(code.length).toBeGreaterThan(20)
    // Cut in two after the tenth line of code: each card opens as a block of its own, and nothing is lost.
    const [first, second] = chunksOf(pieces, [11]).map((blocks) => blocksHtml(blocks, html))
    expect(first).toMatch(/^<p class="back-label">The code<\/p>\n<pre/)
    expect(second).toMatch(/^<pre/)
    expect(second).toContain('<p class="back-label">The answer</p>')
    expect(`${first}${second}`).toContain('The grand total line, 20.00')
  })
})
