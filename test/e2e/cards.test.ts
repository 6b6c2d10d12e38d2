/**
 * End to end: the real CLI prints question cards in a real Chromium, and the
 * tests read the PDFs back with pdf.js: where every card's text landed, on
 * the front and on the back, against where a duplex printer puts the back.
 */
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import {beforeAll, describe, expect, it} from 'vitest'
import {layoutOf, type Duplex, type Offset, type Rect} from '../../src/documents/cards/layout.js'
import type {Study} from '../../src/select/study.js'
import {allSections, selectGuide} from '../../src/select/sections.js'
import {studypack} from '../helpers/cli.js'
import {bundledStudy, FIXTURES} from '../helpers/guide.js'
import {textPositions, type PositionedPage} from '../helpers/pdf-positions.js'
import {openApkg} from '../helpers/apkg.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-cards-'))
const CARD_FIXTURES = path.join(FIXTURES, 'cards')
const LABEL = /^(\d+)\/(\d+)$/

const questionCount = (study: Study, role: string) =>
  allSections(selectGuide(study.guide, study.tags, {role, domains: null})).reduce(
    (sum, section) => sum + section.questions.length,
    0,
  )

const contains = (rect: Rect, x: number, y: number, slack = 0) =>
  x >= rect.x - slack && x <= rect.x + rect.w + slack && y >= rect.y - slack && y <= rect.y + rect.h + slack
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
const labels = (page: PositionedPage) => page.items.filter((item) => LABEL.test(item.text))
const textIn = (page: PositionedPage, rect: Rect) =>
  page.items.filter((item) => contains(rect, item.left, item.baseline, 0.5))

/** The mirror a duplex printer makes, on the paper the PDF declares; then the offset. */
function behind(rect: Rect, page: PositionedPage, duplex: Duplex, offset: Offset): Rect {
  const mirrored =
    duplex === 'long' ? {...rect, x: page.width - rect.x - rect.w} : {...rect, y: page.height - rect.y - rect.h}
  return {...mirrored, x: mirrored.x + offset.x, y: mirrored.y + offset.y}
}

interface Alignment {
  /** Distance, in mm, between each back card's centre (found from its text) and the mirror of its front card's centre. */
  errors: number[]
  numbers: Set<number>
  total: number
}

/**
 * Every front label (the card number, at the same place on both faces)
 * tells which card slot it is in; the same label on the back page, relative
 * to its card as on the front, tells where the back card is.
 */
function alignment(pages: PositionedPage[], fronts: Rect[], duplex: Duplex, offset: Offset): Alignment {
  const errors: number[] = []
  const numbers = new Set<number>()
  let total = 0
  for (let index = 0; index < pages.length; index += 2) {
    const [front, back] = [pages[index]!, pages[index + 1]!]
    for (const label of labels(front)) {
      const slot = fronts.find((rect) => contains(rect, label.right, label.baseline))
      expect(slot, `front label ${label.text} on page ${index + 1} is in no card`).toBeDefined()
      const [, number, of] = LABEL.exec(label.text)!.map(Number)
      numbers.add(number!)
      total = of!
      const target = behind(slot!, back, duplex, offset)
      const twin = labels(back).find(
        (item) => item.text === label.text && contains(target, item.right, item.baseline, 5),
      )
      expect(twin, `back of card ${label.text} (page ${index + 2})`).toBeDefined()
      const centre = {
        x: twin!.right - (label.right - slot!.x) + slot!.w / 2,
        y: twin!.baseline - (label.baseline - slot!.y) + slot!.h / 2,
      }
      errors.push(Math.hypot(centre.x - (target.x + target.w / 2), centre.y - (target.y + target.h / 2)))
      // Everything on the back of this card lies on the card.
      for (const item of textIn(back, {x: target.x - 3, y: target.y - 3, w: target.w + 6, h: target.h + 6})) {
        expect(
          contains(target, item.left, item.baseline, 0.3) && item.right <= target.x + target.w + 0.3,
          `"${item.text}" spills off card ${label.text}`,
        ).toBe(true)
      }
    }
  }
  return {errors, numbers, total}
}

describe('question cards, duplex', () => {
  let study: Study
  const builds: Record<string, {stderr: string; pages: PositionedPage[]}> = {}
  const cases = {
    long: {args: ['--role', 'mle'], duplex: 'long' as const, offset: {x: 0, y: 0}, paper: 'a4' as const},
    short: {
      args: ['--role', 'ds', '--duplex', 'short', '--back-offset', '1.5,-1', '--paper', 'letter'],
      duplex: 'short' as const,
      offset: {x: 1.5, y: -1},
      paper: 'letter' as const,
    },
  }

  beforeAll(async () => {
    study = await bundledStudy()
    for (const [name, {args}] of Object.entries(cases)) {
      const result = await studypack(['build', ...args, '--only', 'cards', '--out', path.join(out, name)])
      expect(result.stderr).not.toContain('holds its text only below')
      expect(result.code, result.stderr).toBe(0)
      const folder = name === 'long' ? 'ml-engineer' : 'data-scientist'
      builds[name] = {stderr: result.stderr, pages: await textPositions(path.join(out, name, folder, 'cards.pdf'))}
    }
  }, 240_000)

  for (const [name, setup] of Object.entries(cases)) {
    it(`puts every back behind its front (${name} edge${setup.offset.x ? ', with --back-offset' : ''})`, () => {
      const {pages} = builds[name]!
      expect(pages.length % 2).toBe(0)
      const layout = layoutOf({paper: setup.paper, size: 'grid', duplex: setup.duplex, backOffset: setup.offset})
      const {errors} = alignment(pages, layout.fronts, setup.duplex, setup.offset)
      expect(errors.length).toBeGreaterThan(30)
      const worst = Math.max(...errors)
      console.info(`cards ${name}: ${errors.length} backs, worst alignment error ${worst.toFixed(3)} mm`)
      expect(worst).toBeLessThan(1)
    })
  }

  it('has one card per question of the role (continued cards repeat their number)', () => {
    for (const [name, role] of [
      ['long', 'ml-engineer'],
      ['short', 'data-scientist'],
    ] as const) {
      const setup = cases[name]
      const layout = layoutOf({paper: setup.paper, size: 'grid', duplex: setup.duplex, backOffset: setup.offset})
      const {numbers, total} = alignment(builds[name]!.pages, layout.fronts, setup.duplex, setup.offset)
      const count = questionCount(study, role)
      expect(total).toBe(count)
      expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({length: count}, (_, i) => i + 1))
    }
  })

  it('says which answers continue on another card', () => {
    expect(builds.long!.stderr).toMatch(/answer of card \d+ .* continues on \d+ more card/)
  })
})

describe('question cards that do not fit', () => {
  let pages: PositionedPage[]
  let stderr: string
  const guide = readFileSync(path.join(CARD_FIXTURES, 'fit', 'guide.md'), 'utf8')
  const longQuestion = /^- (How would you design.*)$/m.exec(guide)![1]!
  const answerWords = guide
    .slice(
      guide.indexOf('- Explain the long answer in full') + 33,
      guide.indexOf('### Key Topics', guide.indexOf('Explain the long')),
    )
    .split(/\s+/)
    .filter(Boolean)

  beforeAll(async () => {
    const result = await studypack([
      'build',
      '--content',
      path.join(CARD_FIXTURES, 'fit'),
      '--only',
      'cards',
      '--out',
      path.join(out, 'fit'),
    ])
    expect(result.code, result.stderr).toBe(0)
    stderr = result.stderr
    pages = await textPositions(path.join(out, 'fit', 'all', 'cards.pdf'))
  })

  it('shrinks a question five times longer than usual to fit, not below 8 pt', () => {
    expect(longQuestion.split(' ').length).toBeGreaterThanOrEqual(40)
    const layout = layoutOf({paper: 'a4', size: 'grid', duplex: 'long', backOffset: {x: 0, y: 0}})
    const card = (page: PositionedPage, number: string) => {
      const label = page.items.find((item) => item.text === number)!
      return textIn(page, layout.fronts.find((rect) => contains(rect, label.right, label.baseline))!)
    }
    const short = card(pages[0]!, '1/4').filter((item) => item.size > 9)
    const long = card(pages[0]!, '2/4').filter(
      (item) => item.size > 7.9 && !LABEL.test(item.text) && item.text !== 'TECHNICAL',
    )
    expect(words(long.map((item) => item.text).join(' '))).toEqual(expect.arrayContaining(words(longQuestion)))
    const shortSize = Math.max(...short.map((item) => item.size))
    const longSize = Math.max(...long.map((item) => item.size))
    expect(longSize).toBeLessThan(shortSize)
    expect(longSize).toBeGreaterThanOrEqual(8)
  })

  it('continues an answer of 300 words on further cards marked (cont.), every word printed', () => {
    expect(answerWords.length).toBe(300)
    expect(stderr).toMatch(/answer of card 3 \("Explain the long answer in full"\) continues on [12] more card/)
    expect(stderr).not.toContain('then no more')
    expect(stderr).not.toContain('holds its text only below')
    const backs = pages.filter((_, index) => index % 2 === 1)
    const text = backs.map((page) => page.items.map((item) => item.text).join(' ')).join(' ')
    expect(text).toMatch(/\(cont\. 2\/\d\)/)
    // Every word of the answer, in order (auto hyphenation joined back).
    const printed = words(text.replace(/[-\u2010\u00ad]\s+/g, ''))
    let at = 0
    for (const word of words(answerWords.join(' '))) {
      at = printed.indexOf(word, at)
      expect(at, `"${word}" of the answer is missing`).toBeGreaterThanOrEqual(0)
    }
  })

  it('gives a behavioral question without an answer a STAR scaffold', () => {
    const text = pages.map((page) => page.items.map((item) => item.text).join(' ')).join(' ')
    for (const word of ['Situation', 'Task', 'Action', 'Result'])
      expect(text.toLowerCase()).toContain(word.toLowerCase())
  })
})

describe('cards and Anki from the command line', () => {
  it('writes cards.apkg, cards.anki.txt and cards.csv for every role with no browser, the same notes in each', async () => {
    const study = await bundledStudy()
    const result = await studypack(['build', '--all', '--only', 'anki', '--out', path.join(out, 'anki'), '--quiet'])
    expect(result.code, result.stderr).toBe(0)
    for (const role of Object.keys(study.content.manifest.roles)) {
      const folder = path.join(out, 'anki', role)
      const deckName = `Interview Preparation for AI/ML Roles::${study.content.manifest.roles[role]!.name}`
      const anki = readFileSync(path.join(folder, 'cards.anki.txt'), 'utf8')
      const lines = anki.trimEnd().split('\n')
      const head = lines.filter((line) => line.startsWith('#'))
      expect(head).toContain('#notetype:studypack Q&A')
      expect(head).toContain('#guid column:1')
      expect(head).toContain('#deck column:2')
      expect(head).toContain('#if matches:update current')
      const records = parse(lines.slice(head.length).join('\n'), {delimiter: '\t', quote: '"'}) as string[][]
      expect(records).toHaveLength(questionCount(study, role))
      expect(records.every((record) => record.length === 8 && record[1] === deckName)).toBe(true)
      const opened = await openApkg(readFileSync(path.join(folder, 'cards.apkg')))
      const notes = opened.rows('select guid from notes order by id').map((row) => String(row.guid))
      expect(notes).toEqual(records.map((record) => record[0]))
      expect(existsSync(path.join(folder, 'cards.csv'))).toBe(true)
      expect(existsSync(path.join(folder, 'cards.pdf'))).toBe(false)
    }
  })

  it('says so, and writes no empty PDF, when the role has no questions', async () => {
    const result = await studypack([
      'build',
      '--content',
      path.join(CARD_FIXTURES, 'empty'),
      '--only',
      'cards',
      '--out',
      path.join(out, 'empty'),
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('cards: no questions for All roles in this guide; cards.pdf not written')
    expect(existsSync(path.join(out, 'empty', 'all', 'cards.pdf'))).toBe(false)
  })

  it('shows the card options, with examples, in --help, and refuses a bad --back-offset', async () => {
    const help = await studypack(['build', '--help'])
    for (const option of ['--card-size', '--duplex', '--back-offset', 'index-3x5', 'Example: --back-offset 1.5,-0.5'])
      expect(help.stdout).toContain(option)
    const bad = await studypack([
      'build',
      '--role',
      'pm',
      '--only',
      'cards',
      '--back-offset',
      'left',
      '--out',
      path.join(out, 'bad'),
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--back-offset expects X,Y in millimetres')
    expect(bad.stderr).toContain('(got "left")')
    expect((await studypack(['build', '--role', 'pm', '--card-size', 'a3'])).code).toBe(2)
  })
})
