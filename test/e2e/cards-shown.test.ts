/**
 * A question that shows code (issue 11: a card front stands alone), printed
 * by the real CLI in real Chromium and read back from cards.pdf: the code is
 * on the card's front, under its question, and not on its back; options to
 * choose among are on the front too; a front with some lines of code and
 * four options still fits its card; code too long for a front even at 8 pt
 * is printed on its back, before the answer, every line of it, the front
 * saying so (cards/moved.ts). Fixture of our own: test/fixtures/cards/shown/.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {layoutOf, type Rect} from '../../src/documents/cards/layout.js'
import {studypack} from '../helpers/cli.js'
import {FIXTURES} from '../helpers/guide.js'
import {textPositions, type PositionedPage, type TextBox} from '../helpers/pdf-positions.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-shown-'))
const LAYOUT = layoutOf({paper: 'a4', size: 'grid', duplex: 'long', backOffset: {x: 0, y: 0}})
const LABEL = /^(\d+)\/(\d+)$/

const inside = (rect: Rect, item: TextBox) =>
  item.left >= rect.x - 0.5 &&
  item.right <= rect.x + rect.w + 0.5 &&
  item.baseline >= rect.y &&
  item.baseline <= rect.y + rect.h

/** Text with no white space: code comes back from the PDF in pieces (one per highlighted token). */
const squeezed = (text: string) => text.replace(/\s+/g, '')

interface PrintedCard {
  number: number
  items: TextBox[]
  text: string
}

/** Every card of one side, with its number (from its label) and its text. */
function cardsOf(pages: PositionedPage[], side: 'front' | 'back'): PrintedCard[] {
  const rects = side === 'front' ? LAYOUT.fronts : LAYOUT.backs
  return pages
    .filter((_, index) => index % 2 === (side === 'front' ? 0 : 1))
    .flatMap((page) =>
      rects.flatMap((rect) => {
        const items = page.items.filter((item) => inside(rect, item))
        const label = items.find((item) => LABEL.test(item.text))
        if (!label) return []
        return [{number: Number(LABEL.exec(label.text)![1]), items, text: items.map((item) => item.text).join(' ')}]
      }),
    )
}

describe('cards whose question shows code', () => {
  let fronts: PrintedCard[]
  let backs: PrintedCard[]
  let stderr: string
  const pdf = path.join(out, 'all', 'cards.pdf')

  beforeAll(async () => {
    const result = await studypack([
      'build',
      '--content',
      path.join(FIXTURES, 'cards', 'shown'),
      '--only',
      'cards',
      '--out',
      out,
    ])
    expect(result.code, result.stderr).toBe(0)
    stderr = result.stderr
    const pages = await textPositions(pdf)
    fronts = cardsOf(pages, 'front')
    backs = cardsOf(pages, 'back')
  })

  const front = (start: string) => fronts.find((card) => card.text.includes(start))!
  const back = (number: number) => backs.filter((card) => card.number === number)

  it('prints the code under its question on the front, and not on the back', () => {
    const card = front('What does this function print')
    expect(squeezed(card.text)).toContain(squeezed('def tally_spools(count=[]): count.append("spool")'))
    // The question comes first, the code below it.
    const question = card.items.find((item) => item.text.includes('What does this'))!
    const code = card.items.find((item) => item.text.includes('tally_spools'))!
    expect(code.baseline).toBeGreaterThan(question.baseline)
    const [answer, ...more] = back(card.number)
    expect(more).toEqual([])
    expect(answer!.text).toContain('outlives each call')
    expect(squeezed(answer!.text)).not.toContain('tally_spools')
  })

  it('prints the options on the front and only the choice on the back', () => {
    const card = front('Which of the following flags')
    for (const option of ['--idle-forever', '--keep-warm-queue', '--no-exit-quietly'])
      expect(squeezed(card.text)).toContain(option)
    const text = squeezed(
      back(card.number)
        .map((one) => one.text)
        .join(' '),
    )
    expect(text).toContain(squeezed('B keeps the worker polling'))
    expect(text).not.toContain('--idle-forever')
  })

  it('fits a front with some lines of code and four options on its card, every line printed, code at 7 pt or more', () => {
    const card = front('What does this small parser return')
    for (const line of [
      'def parse_pairs(text):',
      'result[key.strip()] = value.strip() or None',
      'parse_pairs("a=1; b=; c = 3")',
    ])
      expect(squeezed(card.text)).toContain(squeezed(line))
    for (const option of ["A: {'a': '1', 'b': None, 'c': '3'}", 'D: a ValueError'])
      expect(squeezed(card.text)).toContain(squeezed(option))
    const code = card.items.filter((item) => item.text.includes('parse_pairs'))
    expect(Math.min(...code.map((item) => item.size))).toBeGreaterThanOrEqual(6.9)
    expect(stderr).not.toMatch(/card 3 .*holds/)
    expect(
      squeezed(
        back(card.number)
          .map((one) => one.text)
          .join(' '),
      ),
    ).not.toContain('parse_pairs')
  })

  /** The text of every card a question's answer takes, in order, and where the page cut it, joined. */
  const backText = (number: number) =>
    squeezed(
      back(number)
        .map((one) => one.text)
        .join(' '),
    )

  /** No line of a card's text box below the top of its footer (the label's line): nothing printed past the box. */
  const clearOfFooter = (card: PrintedCard) => {
    const label = card.items.find((item) => LABEL.test(item.text))!
    const text = card.items.filter((item) => Math.abs(item.baseline - label.baseline) > 0.5)
    expect(text.length).toBeGreaterThan(0)
    for (const item of text) expect(item.baseline, item.text).toBeLessThan(label.baseline - 2.5)
  }

  it('prints the code too long for a front on its back, before the answer, and says so on the front', () => {
    const card = front('What does this long report builder')
    expect(card.text).toContain('The code is on the back.')
    expect(squeezed(card.text)).not.toContain('build_monthly_ledger')
    const pointer = card.items.find((item) => item.text.includes('The code is on the back'))!
    const question = card.items.find((item) => item.text.includes('What does this long'))!
    expect(pointer.baseline).toBeGreaterThan(question.baseline)
    const text = backText(card.number)
    for (const line of [
      'def build_monthly_ledger(entries):',
      'totals[month] += entry["amount"]',
      'lines.append(f"total: {grand:>8.2f}")',
      '{"month": "2024-02", "amount": 0.25},',
    ])
      expect(text).toContain(squeezed(line))
    // The code, then the answer: each under its label (set in capitals), in this order, over as many cards as it takes.
    const at = (part: string) => text.indexOf(squeezed(part))
    expect(at('THE CODE')).toBeGreaterThanOrEqual(0)
    expect(at('def build_monthly_ledger')).toBeGreaterThan(at('THE CODE'))
    expect(at('THE ANSWER')).toBeGreaterThan(at('build_monthly_ledger(['))
    expect(at('The grand total line, 20.00')).toBeGreaterThan(at('THE ANSWER'))
    expect(back(card.number).length).toBeGreaterThan(1)
    for (const one of back(card.number)) clearOfFooter(one)
  })

  it('moves code and its options together, and every option and the whole answer are printed', () => {
    const card = front('In what order do the lines below')
    expect(card.text).toContain('The code and its options are on the back.')
    expect(squeezed(card.text)).not.toContain('brewKettle')
    expect(squeezed(card.text)).not.toContain('kettleon,kettleoff')
    const text = backText(card.number)
    for (const part of [
      'const stamp = (label) => console.log(label)',
      "Promise.resolve().then(() => stamp('napkins'))",
      'A: kettle on, kettle off, table set, pour 3, lid closed, napkins, sugar 6, whistle, biscuits',
      'D: kettle on, kettle off, table set, whistle, biscuits, pour 3, lid closed, napkins, sugar 6',
      'so it sounds first.',
    ])
      expect(text).toContain(squeezed(part))
    expect(text.indexOf(squeezed('D: kettle on'))).toBeLessThan(text.indexOf(squeezed('Everything written straight')))
    for (const one of back(card.number)) clearOfFooter(one)
  })

  it('says which cards carry their code on the back, and what keeps it in front; no face is cut off', () => {
    const card = front('What does this long report builder')
    expect(stderr).toContain(
      `the front of card ${card.number} ("What does this long report builder print last?") holds the code only below 8 pt: printed on its back instead, before the answer; a larger --card-size (index-4x6, a6) keeps the code on the front`,
    )
    expect(stderr).toContain(
      '("In what order do the lines below reach the console?") holds the code and its options only below 8 pt',
    )
    expect(stderr).not.toContain('card-overfull')
    expect(stderr).not.toContain('cut off')
    for (const one of fronts) clearOfFooter(one)
  })

  it('keeps short code on its front', () => {
    for (const start of ['What does this function print', 'What does this small parser return'])
      expect(front(start).text).not.toContain('on the back')
  })

  it('keeps the code of a how-to question on its back', () => {
    const card = front('How do you reverse a list')
    expect(card.text).not.toContain('crates')
    expect(squeezed(back(card.number)[0]!.text)).toContain('crates.reverse()')
  })

  it('renders the pages of the moved cards, front and back, as images', () => {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(out, 'sheet')])
    expect(readdirSync(out).filter((name) => name.startsWith('sheet') && name.endsWith('.png'))).toHaveLength(2)
  })
})
