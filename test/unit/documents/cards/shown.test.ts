/**
 * A question that shows code or options carries them on its front (issue 11:
 * a card front stands alone), and its back keeps only the answer: on the
 * printed card's faces, in the Anki note's fields and in the CSV. The fixture
 * (test/fixtures/cards/shown/) is written for the purpose.
 */
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import {beforeAll, describe, expect, it} from 'vitest'
import {faceTexts, type FaceText, type PrintCard} from '../../../../src/documents/cards/view.js'
import type {Deck} from '../../../../src/documents/cards/deck.js'
import {createHtmlCache} from '../../../../src/render/html.js'
import type {AnkiFiles} from '../../../../src/documents/anki/deck-files.js'
import {FIXTURES} from '../../../helpers/guide.js'
import {filesOf} from '../anki/deck-helpers.js'

const FOLDER = path.join(FIXTURES, 'cards', 'shown')

describe('what a question shows, on its card', () => {
  let deck: Deck
  let files: AnkiFiles
  let faces: Array<[FaceText, FaceText]>

  beforeAll(async () => {
    ;({deck, files} = await filesOf(FOLDER))
    const html = {baseDir: FOLDER, cache: createHtmlCache()}
    faces = deck.cards.map((card) => {
      const print: PrintCard = {card, part: 1, parts: 1, answer: card.question.answer, elsewhere: '', more: null}
      return faceTexts(print, deck, html)
    })
  })

  const card = (start: string) => faces.find(([front]) => front.question.startsWith(start))!

  it('prints the code on the front, highlighted as in an answer, and only the answer on the back', () => {
    const [front, back] = card('What does this function print')
    expect(front.shownHtml).toContain('tally_spools')
    expect(front.shownHtml).toMatch(/^<pre[^>]*><code class="hljs language-python"/)
    expect(back.answerHtml).not.toContain('tally_spools')
    expect(back.answerHtml).toContain('the default list outlives each call')
    expect(front.shownHtml).not.toContain('outlives')
  })

  it('prints the options on the front and the choice on the back', () => {
    const [front, back] = card('Which of the following flags')
    for (const option of ['--idle-forever', '--keep-warm-queue', '--no-exit-quietly'])
      expect(front.shownHtml).toContain(option)
    expect(back.answerHtml).not.toContain('--idle-forever')
    expect(back.answerHtml).toContain('B keeps the worker polling')
  })

  it('keeps the code of a how-to question on the back, and its front plain', () => {
    const [front, back] = card('How do you reverse a list')
    expect(front.shownHtml).toBe('')
    expect(back.answerHtml).toContain('crates')
  })

  it('gives the Anki note and the CSV the code on the front field and not on the back', () => {
    const notes = files.text.split('\n').filter((line) => !line.startsWith('#') && line.trim())
    const records = parse(notes.join('\n'), {delimiter: '\t', quote: '"'}) as string[][]
    const note = records.find((record) => record[2]!.includes('What does this function print'))!
    // guid, deck, then the fields: Front, Back, Section, Kind, Source.
    const [front, back] = [note[2]!, note[3]!]
    expect(front).toMatch(/<div class="sp-asks">What does this function print.*<\/div><div class="sp-shown"><pre/)
    expect(front).toContain('tally_spools')
    expect(back).not.toContain('tally_spools')
    expect(back).toContain('outlives each call')
    const csv = parse(files.csv) as string[][]
    const row = csv.find((record) => record[0]!.startsWith('What does this function print'))!
    expect(row[0]).toContain('def tally_spools(count=[]):')
    expect(row[1]).not.toContain('tally_spools')
  })
})
