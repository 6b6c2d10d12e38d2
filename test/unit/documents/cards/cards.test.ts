/**
 * Question cards without a browser: the deck of the user's guide, the layout
 * geometry (slots, duplex mirroring, cut marks) and the cutting of long answers.
 */
import {paperSize} from '../../../../src/config/paper.js'
import type {Paragraph, RootContent, Table} from 'mdast'
import {beforeAll, describe, expect, it} from 'vitest'
import {deckOf, helpOf} from '../../../../src/documents/cards/deck.js'
import {
  cutMarks,
  gridCard,
  layoutOf,
  mirror,
  parseOffset,
  sheetsOf,
  type LayoutOptions,
  type Rect,
} from '../../../../src/documents/cards/layout.js'
import {chunksOf, joinPieces, piecesOf} from '../../../../src/documents/cards/split.js'
import type {Study} from '../../../../src/select/study.js'
import {plainText} from '../../../../src/model/text.js'
import {parseMarkdown} from '../../../../src/input/parse.js'
import {allSections, selectGuide} from '../../../../src/select/sections.js'
import {metaFor} from '../../../helpers/cards-meta.js'
import {bundledStudy} from '../../../helpers/guide.js'

const options = (over: Partial<LayoutOptions> = {}): LayoutOptions => ({
  paper: 'a4',
  size: 'grid',
  duplex: 'long',
  backOffset: {x: 0, y: 0},
  ...over,
})
const centre = (rect: Rect) => ({x: rect.x + rect.w / 2, y: rect.y + rect.h / 2})
const inside = (rect: Rect, page: {w: number; h: number}) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.w <= page.w + 1e-9 && rect.y + rect.h <= page.h + 1e-9
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

describe('the deck of the user guide', () => {
  let study: Study
  beforeAll(async () => {
    study = await bundledStudy()
  })

  it('has one card per question the model selects, for every role and domain choice', () => {
    for (const role of Object.keys(study.content.manifest.roles)) {
      for (const domains of [null, ['nlp'], []]) {
        const selected = selectGuide(study.guide, study.tags, {role, domains})
        const questions = allSections(selected).flatMap((section) => section.questions)
        const deck = deckOf(selected, study.tags.effective, metaFor(study, role, domains))
        expect(deck.cards.map((card) => card.question.text)).toEqual(questions.map((question) => question.text))
        expect(deck.cards.map((card) => card.number)).toEqual(questions.map((_, index) => index + 1))
      }
    }
  })

  it('names the domain of a domain section, and the kind of any other', () => {
    const deck = deckOf(
      selectGuide(study.guide, study.tags, {role: 'ml-engineer', domains: null}),
      study.tags.effective,
      metaFor(study, 'ml-engineer'),
    )
    const bert = deck.cards.find((card) => card.question.text.includes('BERT and GPT'))!
    expect(bert.domain).toEqual({id: 'nlp', name: 'Natural Language Processing'})
    expect(bert.category).toBe('Natural Language Processing')
    expect(bert.tags).toEqual([
      'role::ml-engineer',
      'domain::nlp',
      `section::${bert.section.slug}`,
      `kind::${bert.question.kind}`,
    ])
    const behavioral = deck.cards.find((card) => card.question.kind === 'behavioral')!
    expect(behavioral.category).toBe('Behavioral')
    expect(behavioral.domain).toBeNull()
    if (!behavioral.question.answer) expect(helpOf(behavioral).kind).toBe('star')
    expect(deck.name).toBe('Interview Preparation for AI/ML Roles::ML Engineer')
    for (const card of deck.cards) for (const tag of card.tags) expect(tag).not.toMatch(/\s/)
  })

  it('gives a question without an answer the topics of its own section', () => {
    const deck = deckOf(
      selectGuide(study.guide, study.tags, {role: 'data-scientist', domains: null}),
      study.tags.effective,
      metaFor(study, 'data-scientist'),
    )
    const reverse = deck.cards.find((card) => card.question.kind === 'reverse' && !card.question.answer)
    if (reverse) expect(helpOf(reverse)).toEqual({kind: 'topics', topics: reverse.topics})
  })
})

describe('card layout', () => {
  it('puts 2 × 4 cards on A4 and Letter, inside the margins, none overlapping', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const layout = layoutOf(options({paper}))
      expect(layout.page).toEqual(paperSize(paper))
      expect(layout.fronts).toHaveLength(8)
      expect(layout.card).toEqual(gridCard(paperSize(paper)))
      for (const rect of layout.fronts) expect(inside(rect, layout.page)).toBe(true)
      layout.fronts.forEach((a, i) => layout.fronts.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)))
      // Centred: the left and right margins are equal, and so are top and bottom.
      const xs = layout.fronts.flatMap((r) => [r.x, r.x + r.w])
      expect(Math.min(...xs)).toBeCloseTo(layout.page.w - Math.max(...xs), 6)
    }
    expect(layoutOf(options()).card).toEqual({w: 90, h: 64.5})
    expect(layoutOf(options()).fronts[1]).toEqual({x: 107, y: 13.5, w: 90, h: 64.5})
  })

  it('mirrors the columns for a long-edge flip and the rows for a short-edge flip', () => {
    const long = layoutOf(options({duplex: 'long'}))
    const short = layoutOf(options({duplex: 'short'}))
    long.fronts.forEach((front, slot) => {
      // Slot 0 (top left) is behind slot 1 (top right), row kept.
      expect(long.backs[slot]).toEqual(long.fronts[slot % 2 === 0 ? slot + 1 : slot - 1])
      expect(centre(long.backs[slot]!).x).toBeCloseTo(long.page.w - centre(front).x, 9)
      expect(centre(long.backs[slot]!).y).toBeCloseTo(centre(front).y, 9)
    })
    short.fronts.forEach((front, slot) => {
      const row = Math.floor(slot / 2)
      expect(short.backs[slot]).toEqual(short.fronts[(3 - row) * 2 + (slot % 2)])
      expect(centre(short.backs[slot]!).y).toBeCloseTo(short.page.h - centre(front).y, 9)
    })
    const rect = {x: 10, y: 20, w: 30, h: 40}
    expect(mirror(rect, {w: 100, h: 200}, 'long')).toEqual({x: 60, y: 20, w: 30, h: 40})
    expect(mirror(rect, {w: 100, h: 200}, 'short')).toEqual({x: 10, y: 140, w: 30, h: 40})
  })

  it('moves backs, and their marks, by --back-offset', () => {
    const plain = layoutOf(options())
    const moved = layoutOf(options({backOffset: {x: 1.5, y: -2}}))
    moved.backs.forEach((back, slot) =>
      expect(back).toEqual({...plain.backs[slot]!, x: plain.backs[slot]!.x + 1.5, y: plain.backs[slot]!.y - 2}),
    )
    expect(moved.fronts).toEqual(plain.fronts)
    expect(moved.backMarks[0]!.x).toBeCloseTo(plain.backMarks[0]!.x + 1.5, 9)
    expect(parseOffset('1.5,-0.5')).toEqual({x: 1.5, y: -0.5})
    expect(parseOffset('2 x 3')).toEqual({x: 2, y: 3})
    expect(parseOffset('left')).toBeUndefined()
  })

  it('draws cut marks in the margins, on every card edge, touching no card', () => {
    const layout = layoutOf(options())
    const marks = layout.frontMarks
    // 4 vertical edges × (above, below) + 8 horizontal edges × (left, right)
    expect(marks).toHaveLength(4 * 2 + 8 * 2)
    for (const mark of marks) {
      expect(inside(mark, layout.page)).toBe(true)
      for (const card of layout.fronts) expect(overlaps(mark, card)).toBe(false)
    }
    expect(cutMarks([], layout.page)).toEqual([])
  })

  it('folds: front and back side by side, meeting at the middle of the page', () => {
    const layout = layoutOf(options({duplex: 'none'}))
    expect(layout.together).toBe(true)
    expect(layout.page).toEqual(paperSize('a4'))
    expect(layout.fronts).toHaveLength(4)
    layout.fronts.forEach((front, row) => {
      expect(front.x + front.w).toBeCloseTo(layout.page.w / 2, 9)
      expect(layout.backs[row]!.x).toBeCloseTo(layout.page.w / 2, 9)
      expect(layout.backs[row]!.y).toBe(front.y)
    })
    // A dashed fold mark above and below the fold line: 6 mm long, three 1 mm dashes each.
    const folds = layout.frontMarks.filter((mark) => mark.kind === 'fold')
    expect(folds).toHaveLength(6)
    for (const dash of folds) {
      expect(dash.x + dash.w / 2).toBeCloseTo(layout.page.w / 2, 9)
      expect(dash.h).toBeCloseTo(1, 9)
    }
  })

  it('prints every --duplex none layout on a sheet of the paper, as many pairs as fit', () => {
    // [size, paper, sheet turned, fold on a vertical line, pairs a sheet]
    for (const [size, paper, turned, vertical, pairs] of [
      ['grid', 'a4', false, true, 4],
      ['grid', 'letter', false, true, 4],
      ['index-3x5', 'a4', true, true, 2],
      ['index-3x5', 'letter', true, true, 2],
      ['index-4x6', 'a4', false, false, 1],
      ['index-4x6', 'letter', false, false, 1],
      ['a6', 'a4', false, false, 1],
      ['a6', 'letter', false, false, 1],
    ] as const) {
      const layout = layoutOf(options({size, paper, duplex: 'none'}))
      const what = `${size} on ${paper}`
      expect(layout.page, what).toEqual(paperSize(paper, turned ? 'landscape' : 'portrait'))
      expect(layout.fronts, what).toHaveLength(pairs)
      const faces = [...layout.fronts, ...layout.backs]
      for (const face of faces) {
        expect(inside(face, layout.page), what).toBe(true)
        expect(face.w, what).toBeCloseTo(layout.card.w, 9)
      }
      faces.forEach((a, i) => faces.slice(i + 1).forEach((b) => expect(overlaps(a, b), what).toBe(false)))
      layout.fronts.forEach((front, slot) => {
        const back = layout.backs[slot]!
        // The back meets its front edge to edge, on the fold line.
        if (vertical) expect([back.x, back.y], what).toEqual([front.x + front.w, front.y])
        else expect([back.x, back.y], what).toEqual([front.x, front.y + front.h])
      })
      const folds = layout.frontMarks.filter((mark) => mark.kind === 'fold')
      const cuts = layout.frontMarks.filter((mark) => mark.kind === 'cut')
      expect(folds.length, what).toBeGreaterThanOrEqual(2)
      // Every card edge that is not a fold is cut: 2 marks on each of its lines.
      expect(cuts.length, what).toBeGreaterThanOrEqual(2 * (vertical ? 2 + 2 * pairs : 2 + 2))
      for (const mark of layout.frontMarks) {
        // Marks touch no card, and stay 4 mm clear of the paper's edge, which printers cannot print.
        for (const face of faces) expect(overlaps(mark, face), what).toBe(false)
        expect(
          Math.min(mark.x, mark.y, layout.page.w - mark.x - mark.w, layout.page.h - mark.y - mark.h),
          what,
        ).toBeGreaterThanOrEqual(4 - 1e-9)
      }
      for (const mark of folds) {
        const line = vertical ? mark.x + mark.w / 2 : mark.y + mark.h / 2
        const on = layout.fronts.some((front) =>
          vertical ? Math.abs(front.x + front.w - line) < 1e-9 : Math.abs(front.y + front.h - line) < 1e-9,
        )
        expect(on, what).toBe(true)
      }
    }
  })

  it('keeps fold marks and cut marks apart on a fold line and a card edge', () => {
    const rects = [
      {x: 20, y: 20, w: 50, h: 30},
      {x: 70, y: 20, w: 50, h: 30},
    ]
    const marks = cutMarks(rects, {w: 140, h: 70}, [{axis: 'x', at: 70}])
    const at = (x: number) => marks.filter((mark) => mark.h > mark.w && Math.abs(mark.x + mark.w / 2 - x) < 1e-9)
    expect(at(70).every((mark) => mark.kind === 'fold')).toBe(true)
    expect(at(70).length).toBeGreaterThan(2)
    for (const x of [20, 120]) expect(at(x).map((mark) => mark.kind)).toEqual(['cut', 'cut'])
    // 20 mm of margin: the marks run their full 6 mm, from 2 mm off the card.
    expect(at(20)[0]).toMatchObject({y: 12, h: 6})
  })

  it('prints a card of stock on a page of its own size', () => {
    for (const [size, w, h] of [
      ['index-3x5', 127, 76.2],
      ['index-4x6', 152.4, 101.6],
      ['a6', 148, 105],
    ] as const) {
      const layout = layoutOf(options({size}))
      expect(layout.page.w).toBeCloseTo(w, 9)
      expect(layout.page.h).toBeCloseTo(h, 9)
      expect(layout.fronts).toEqual([{x: 0, y: 0, w: layout.page.w, h: layout.page.h}])
    }
  })

  it('alternates front and back sheets, the back listing the same cards', () => {
    const sheets = sheetsOf(layoutOf(options()), 11)
    expect(sheets.map((sheet) => sheet.side)).toEqual(['front', 'back', 'front', 'back'])
    expect(sheets[2]!.faces.map((face) => face.card)).toEqual([8, 9, 10])
    expect(sheets[3]!.faces.map((face) => face.card)).toEqual([8, 9, 10])
    expect(sheetsOf(layoutOf(options({duplex: 'none'})), 5).map((sheet) => sheet.faces.length)).toEqual([8, 2])
  })
})

describe('cutting a long answer', () => {
  const blocks = (markdown: string) => parseMarkdown(markdown).children as RootContent[]

  it('cuts paragraphs between sentences, lists between items, code between lines', () => {
    const pieces = piecesOf(
      blocks('First one. Second, e.g. this one. Third!\n\n- a\n- b\n\n```py\nx = 1\ny = 2\n```\n\n> whole'),
    )
    expect(pieces.map((piece) => piece.join)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'list',
      'list',
      'code',
      'code',
      null,
    ])
    expect(plainText(pieces[1]!.node as Paragraph)).toBe('Second, e.g. this one.')
  })

  it('joins the pieces of one card back into the blocks they came from', () => {
    const source = blocks('One. Two. Three.\n\n1. a\n2. b\n3. c')
    const pieces = piecesOf(source)
    expect(joinPieces(pieces).map((node) => plainText(node as Paragraph))).toEqual(
      source.map((node) => plainText(node as Paragraph)),
    )
    const [first, second] = chunksOf(pieces, [2])
    expect(first!.map((node) => plainText(node as Paragraph))).toEqual(['One. Two.'])
    expect(second!.map((node) => node.type)).toEqual(['paragraph', 'list'])
    expect(second![1]).toMatchObject({type: 'list', start: 1})
    // A list cut after its first item goes on numbering where it stopped.
    expect(chunksOf(pieces, [4])[1]![0]).toMatchObject({type: 'list', start: 2})
  })

  it('cuts a sentence of many words between words', () => {
    const long = Array.from({length: 100}, (_, i) => `w${i}`).join(' ')
    expect(piecesOf(blocks(long)).length).toBeGreaterThan(1)
  })

  it('cuts a table between rows, and every card of it has the header row again', () => {
    const rows = Array.from({length: 6}, (_, i) => `| r${i} | v${i} |`).join('\n')
    const pieces = piecesOf(blocks(`| Name | Value |\n| --- | --- |\n${rows}`))
    expect(pieces.map((piece) => piece.join)).toEqual(Array(6).fill('table'))
    const cells = (node: RootContent) =>
      (node as Table).children.map((row) => row.children.map((cell) => plainText(cell as never)).join(' '))
    for (const piece of pieces) expect(cells(piece.node)[0]).toBe('Name Value')
    const cards = chunksOf(pieces, [2, 5])
    expect(cards.map((blocks) => cells(blocks[0]!))).toEqual([
      ['Name Value', 'r0 v0', 'r1 v1'],
      ['Name Value', 'r2 v2', 'r3 v3', 'r4 v4'],
      ['Name Value', 'r5 v5'],
    ])
    expect(joinPieces(pieces)).toHaveLength(1)
    expect(cells(joinPieces(pieces)[0]!)).toHaveLength(7)
    // A table of one row has nothing to cut.
    expect(piecesOf(blocks('| A |\n| - |\n| b |')).map((piece) => piece.join)).toEqual([null])
  })
})
