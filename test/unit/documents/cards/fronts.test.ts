/**
 * A card front makes sense on its own (issue 11): a question asked under a
 * heading that is only its title shows that title, and a sub-question shows
 * the stem it belongs to, on the printed front and in the Anki note and CSV.
 * The fixture (test/fixtures/cards/fronts/) is written for the purpose.
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

const FOLDER = path.join(FIXTURES, 'cards', 'fronts')
const STEM = 'Two fair six-sided dice are rolled once and the numbers they show are added together.'

describe('card fronts that stand alone', () => {
  let deck: Deck
  let files: AnkiFiles
  let fronts: FaceText[]

  beforeAll(async () => {
    ;({deck, files} = await filesOf(FOLDER))
    const html = {baseDir: FOLDER, cache: createHtmlCache()}
    fronts = deck.cards.map((card) => {
      const print: PrintCard = {card, part: 1, parts: 1, answer: card.question.answer, elsewhere: '', more: null}
      return faceTexts(print, deck, html)[0]
    })
  })

  const front = (start: string) => fronts.find((face) => face.question.startsWith(start))!

  it('prints the title a question was asked under above it, and no title where the heading is the question', () => {
    expect(fronts.map((face) => face.question)).toEqual([
      'Which couriers delivered more than a tenth of their parcels late last week?',
      'At which hour of the day do most orders arrive?',
      'What is the probability that the sum is seven?',
      'What is the probability that the sum is even?',
      'What does an index on a column cost when rows are written?',
    ])
    expect(front('Which couriers').heading).toBe('Late deliveries')
    expect(front('At which hour').heading).toBe('Busiest hour')
    expect(front('What does an index').heading).toBe('')
    expect(front('What does an index').contextHtml).toBe('')
  })

  it('prints the stem of each sub-question before it', () => {
    for (const start of [
      'What is the probability that the sum is seven',
      'What is the probability that the sum is even',
    ])
      expect(front(start).contextHtml).toBe(STEM)
    expect(front('Which couriers').contextHtml).toBe('')
  })

  it('gives the Anki note and the CSV the same front: title, stem, question', () => {
    const notes = files.text.split('\n').filter((line) => !line.startsWith('#') && line.trim())
    const late = notes.find((line) => line.includes('Which couriers'))!
    expect(late).toContain(
      '<div class=""sp-title"">Late deliveries</div><div class=""sp-asks"">Which couriers delivered',
    )
    const seven = notes.find((line) => line.includes('sum is seven'))!
    expect(seven).toContain(`<div class=""sp-context"">${STEM}</div><div class=""sp-asks"">What is the probability`)
    const plain = notes.find((line) => line.includes('index on a column'))!
    expect(plain).not.toContain('sp-asks')
    const csv = parse(files.csv) as string[][]
    const questions = csv.slice(1).map((record) => record[0])
    expect(questions).toContain(
      'Late deliveries\n\nWhich couriers delivered more than a tenth of their parcels late last week?',
    )
    expect(questions).toContain(`${STEM}\n\nWhat is the probability that the sum is even?`)
  })
})
