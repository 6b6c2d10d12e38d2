/**
 * Answers too long for one card, and fronts that need more than their
 * question, printed by the real CLI in real Chromium and read back from the
 * PDFs (fixtures of our own: test/fixtures/cards/spill/ and fronts/). A table
 * continues by rows with its header again on every card; an answer longer
 * than three cards prints three and says where the rest is: the page of
 * guide.pdf when the build makes it, the section otherwise.
 */
import {mkdtempSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {readOutline} from '../../src/browser/outline.js'
import {layoutOf, type Rect} from '../../src/documents/cards/layout.js'
import {studypack} from '../helpers/cli.js'
import {FIXTURES} from '../helpers/guide.js'
import {textPositions, type PositionedPage, type TextBox} from '../helpers/pdf-positions.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-spill-'))
const SPILL = path.join(FIXTURES, 'cards', 'spill', 'guide.md')
const FRONTS = path.join(FIXTURES, 'cards', 'fronts', 'guide.md')
const source = readFileSync(SPILL, 'utf8')
const LAYOUT = layoutOf({paper: 'a4', size: 'grid', duplex: 'long', backOffset: {x: 0, y: 0}})
const LABEL = /^(\d+)\/(\d+)$/

const inside = (rect: Rect, item: TextBox) =>
  item.left >= rect.x - 0.5 &&
  item.right <= rect.x + rect.w + 0.5 &&
  item.baseline >= rect.y &&
  item.baseline <= rect.y + rect.h

interface PrintedCard {
  /** The question's number in the deck, from the card's own label. */
  number: number
  items: TextBox[]
  text: string
  /** The text between the card's top line and its footer. */
  body: string
}

/** Every card of the given side, in print order (sheet by sheet, slot by slot), with the text on it. */
function cardsOf(pages: PositionedPage[], side: 'front' | 'back'): PrintedCard[] {
  const rects = side === 'front' ? LAYOUT.fronts : LAYOUT.backs
  return pages
    .filter((_, index) => index % 2 === (side === 'front' ? 0 : 1))
    .flatMap((page) =>
      rects.flatMap((rect) => {
        const items = page.items.filter((item) => inside(rect, item))
        const label = items.find((item) => LABEL.test(item.text))
        if (!label) return []
        const between = items.filter((item) => item.baseline > rect.y + 5 && item.baseline < rect.y + rect.h - 6)
        return [
          {
            number: Number(LABEL.exec(label.text)![1]),
            items,
            text: items.map((item) => item.text).join(' '),
            body: between.map((item) => item.text).join(' '),
          },
        ]
      }),
    )
}

const words = (text: string) =>
  text
    .replace(/[-\u2010\u00ad]\s+/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)

/** The markdown of the answer below a question heading, to the next heading. */
function answerOf(question: string): string {
  const start = source.indexOf(`### ${question}`) + question.length + 4
  const end = source.indexOf('\n#', start)
  return source.slice(start, end === -1 ? undefined : end)
}

describe('answers that spill over', () => {
  let cards: {pages: PositionedPage[]; stderr: string}
  let withGuide: {pages: PositionedPage[]; stderr: string}
  let guidePages: Map<string, number>

  beforeAll(async () => {
    const alone = await studypack(['build', '-c', SPILL, '--only', 'cards', '--out', path.join(out, 'alone')])
    expect(alone.code, alone.stderr).toBe(0)
    cards = {pages: await textPositions(path.join(out, 'alone', 'all', 'cards.pdf')), stderr: alone.stderr}
    const both = await studypack([
      'build',
      '-c',
      SPILL,
      '--only',
      'guide',
      '--only',
      'cards',
      '--out',
      path.join(out, 'both'),
    ])
    expect(both.code, both.stderr).toBe(0)
    withGuide = {pages: await textPositions(path.join(out, 'both', 'all', 'cards.pdf')), stderr: both.stderr}
    const outline = await readOutline(new Uint8Array(readFileSync(path.join(out, 'both', 'all', 'guide.pdf'))))
    guidePages = new Map(outline.entries.map((entry) => [entry.title, entry.page]))
  }, 180_000)

  it('continues a table by rows, its header row again on every card, no row twice or out of order', () => {
    const backs = cardsOf(cards.pages, 'back').filter((card) => card.number === 1)
    expect(backs).toHaveLength(3)
    const codes = source
      .split('\n')
      .map((line) => /^\| (\d{3}) \|/.exec(line)?.[1])
      .filter(Boolean)
    const printed: string[] = []
    for (const card of backs) {
      const texts = card.items.map((item) => item.text.trim())
      const header = texts.indexOf('Code')
      expect(header, card.text).toBeGreaterThanOrEqual(0)
      expect(texts.slice(header, header + 3)).toEqual(['Code', 'Name', 'Return it when'])
      const rows = texts.filter((text) => /^\d{3}$/.test(text))
      expect(texts.indexOf(rows[0]!)).toBeGreaterThan(header)
      printed.push(...rows)
    }
    // The rows printed are the table's first ones, in order; the rest is in the guide.
    expect(printed.length).toBeGreaterThanOrEqual(codes.length / 2)
    expect(printed).toEqual(codes.slice(0, printed.length))
    expect(backs.at(-1)!.text).toContain('continued in the study guide, section')
  })

  it('prints three cards of an answer longer than three, every word of them in order, then says where the rest is', () => {
    const answer = words(answerOf('How does a database recover after a crash?'))
    const backs = cardsOf(cards.pages, 'back').filter((card) => card.number === 2)
    expect(backs).toHaveLength(3)
    expect(backs.map((card) => /\((?:cont\. )?(\d)\/(\d)/.exec(card.text)?.slice(1).join('/'))).toEqual([
      '1/3',
      '2/3',
      '3/3',
    ])
    const note =
      'continued in the study guide, section «Storage Internals › How does a database recover after a crash?»'
    const last = backs.at(-1)!.text.replace(/\s+/g, ' ')
    expect(last).toContain(note.slice(0, 40))
    expect(words(last)).toEqual(expect.arrayContaining(words(note)))
    // What is printed is the answer's beginning, word for word, and most of a card's worth on each.
    const printed = words(backs.map((card) => card.body).join(' '))
    const body = printed.slice(0, printed.indexOf('continued'))
    expect(body.length).toBeGreaterThan(answer.length / 2)
    expect(body.length).toBeLessThan(answer.length)
    let at = 0
    for (const word of body) {
      at = answer.indexOf(word, at)
      expect(at, `"${word}" out of order`).toBeGreaterThanOrEqual(0)
    }
    expect(cards.stderr).toMatch(
      /answer of card 2 \("How does a database recover after a crash\?"\) continues on 2 more cards \(cont\.\), then no more: the last one says "continued in the study guide, section «Storage Internals › How does a database recover after a crash\?»"/,
    )
    expect(cards.stderr).not.toContain('holds its text only below')
  })

  it('names the page of guide.pdf where the question is, when the build makes the guide', () => {
    for (const [number, heading] of [
      [1, 'Which HTTP status codes should an API return, and when?'],
      [2, 'How does a database recover after a crash?'],
    ] as const) {
      const last = cardsOf(withGuide.pages, 'back')
        .filter((card) => card.number === number)
        .at(-1)!
      const page = guidePages.get(heading)
      expect(page).toBeGreaterThan(1)
      expect(last.text.replace(/\s+/g, ' ')).toContain(`continued in the guide, p. ${page}`)
    }
    expect(withGuide.stderr).not.toContain('holds its text only below')
  })
})

describe('card fronts that stand alone', () => {
  let fronts: PrintedCard[]

  beforeAll(async () => {
    const built = await studypack(['build', '-c', FRONTS, '--only', 'cards', '--out', path.join(out, 'fronts')])
    expect(built.code, built.stderr).toBe(0)
    fronts = cardsOf(await textPositions(path.join(out, 'fronts', 'all', 'cards.pdf')), 'front')
  }, 120_000)

  /** The first line of `text` on the card, and where it is. */
  const line = (card: PrintedCard, text: string) => {
    const found = card.items.find((item) => text.startsWith(item.text.trim()) && item.text.trim().length > 3)
    expect(found, `"${text}" on card ${card.number}: ${card.text}`).toBeDefined()
    return found!
  }

  it('prints the title a question was asked under, small, above the question', () => {
    const card = fronts.find((each) => each.text.includes('Which couriers'))!
    const title = line(card, 'Late deliveries')
    const question = line(card, 'Which couriers delivered')
    expect(title.baseline).toBeLessThan(question.baseline)
    expect(title.size).toBeLessThan(question.size)
  })

  it('prints the stem of a sub-question before the question, on each of its cards', () => {
    const stem = 'Two fair six-sided dice are rolled once'
    for (const start of [
      'What is the probability that the sum is seven?',
      'What is the probability that the sum is even?',
    ]) {
      const card = fronts.find((each) => each.text.replace(/\s+/g, ' ').includes(start.slice(-12)))!
      expect(card, start).toBeDefined()
      expect(line(card, stem).baseline).toBeLessThan(line(card, 'What is the probability').baseline)
      expect(line(card, stem).size).toBeGreaterThanOrEqual(8)
    }
  })
})
