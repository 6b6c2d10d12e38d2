/**
 * Marks and margins, read from the printed PDF (pdftoppm's pixels, pdf.js's
 * text), not from the CSS: `--duplex none` prints on a sheet of `--paper`
 * with cut marks around every pair of faces and fold marks on the folds, and
 * a card of stock printed one a page keeps all its ink 4 mm or more from the
 * paper's edge, even with the largest back offset allowed.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {paperSize} from '../../src/config/paper.js'
import {layoutOf, type CardSize, type Rect} from '../../src/documents/cards/layout.js'
import {MAX_OFFSET} from '../../src/documents/cards/options.js'
import {studypack} from '../helpers/cli.js'
import {darkestNear, inkOf, rasterPages} from '../helpers/pdf-pixels.js'
import {textPositions} from '../helpers/pdf-positions.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-marks-'))
const GUIDE = path.join(out, 'guide.md')
writeFileSync(
  GUIDE,
  `# Folding Practice

## Evaluation

### Key Questions
- Why keep a test set that no tuning decision ever sees?

  Every choice made while looking at a set fits that set a little; a set kept apart is the only honest estimate of how the model does on new data. Report it once, at the end.

- When is accuracy the wrong metric?

  When the classes are far from balanced: a model that always answers the common class scores well and is useless. Prefer recall, precision or the area under the precision-recall curve, chosen by what a mistake costs.

## Behavioral

### Key Questions
- Tell me about a time you changed your mind after looking at the data.
`,
)

const PAPERS = ['a4', 'letter'] as const
const SIZES: CardSize[] = ['grid', 'index-3x5', 'index-4x6', 'a6']
const EDGE = 4

const within = (rect: Rect, x: number, y: number, slack: number) =>
  x >= rect.x - slack && x <= rect.x + rect.w + slack && y >= rect.y - slack && y <= rect.y + rect.h + slack

async function build(name: string, args: string[]): Promise<string> {
  const folder = path.join(out, name)
  const built = await studypack(['build', GUIDE, '--only', 'cards', '--out', folder, ...args])
  expect(built.code, built.stderr).toBe(0)
  return path.join(folder, 'all', 'cards.pdf')
}

describe.each(PAPERS)('--duplex none on %s', (paper) => {
  it.each(SIZES)(
    '%s: pairs on a sheet of the paper, cut marks around them, fold marks on the folds',
    async (size) => {
      const file = await build(`none-${paper}-${size}`, ['--paper', paper, '--card-size', size, '--duplex', 'none'])
      const layout = layoutOf({paper, size, duplex: 'none', backOffset: {x: 0, y: 0}})
      const [page] = await textPositions(file)
      // The sheet is the paper, upright or turned.
      const sheet = paperSize(paper)
      const turned = page!.width > page!.height
      expect(page!.width).toBeCloseTo(turned ? sheet.h : sheet.w, 0)
      expect(page!.height).toBeCloseTo(turned ? sheet.w : sheet.h, 0)
      expect(layout.page.w).toBeCloseTo(page!.width, 0)

      const [raster] = rasterPages(file, 200, 1, 1)
      const folds = layout.frontMarks.filter((mark) => mark.kind === 'fold')
      const cuts = layout.frontMarks.filter((mark) => mark.kind === 'cut')
      expect(folds.length).toBeGreaterThanOrEqual(2)
      expect(cuts.length).toBeGreaterThanOrEqual(8)
      // Every mark is ink on the page, and every mark stays clear of the paper's edge.
      for (const mark of layout.frontMarks) {
        expect(
          darkestNear(raster!, mark.x + mark.w / 2, mark.y + mark.h / 2),
          `${mark.kind} at ${mark.x},${mark.y}`,
        ).toBeLessThan(100)
        expect(
          Math.min(mark.x, mark.y, page!.width - mark.x - mark.w, page!.height - mark.y - mark.h),
        ).toBeGreaterThanOrEqual(EDGE - 1e-6)
      }
      // A fold mark lies on the line where a front meets its back.
      for (const mark of folds) {
        const vertical = mark.h > mark.w
        const line = vertical ? mark.x + mark.w / 2 : mark.y + mark.h / 2
        const meets = layout.fronts.some((front, slot) => {
          const back = layout.backs[slot]!
          return vertical
            ? Math.abs(front.x + front.w - line) < 0.01 && Math.abs(back.x - line) < 0.01
            : Math.abs(front.y + front.h - line) < 0.01 && Math.abs(back.y - line) < 0.01
        })
        expect(meets, `fold mark at ${mark.x},${mark.y}`).toBe(true)
      }
      // No ink anywhere but on the cards and the marks.
      const faces = [...layout.fronts, ...layout.backs]
      const stray = inkOf(raster!, 200).filter(
        (ink) =>
          !faces.some((rect) => within(rect, ink.x, ink.y, 0.2)) &&
          !layout.frontMarks.some((mark) => within(mark, ink.x, ink.y, 0.3)),
      )
      expect(stray.slice(0, 5)).toEqual([])
      // The first card's question is on a front, its answer on the back beside it.
      const question = page!.items.find((item) => item.text.startsWith('Why keep a test set'))!
      const slot = layout.fronts.findIndex((rect) => within(rect, question.left, question.baseline, 0))
      expect(slot).toBeGreaterThanOrEqual(0)
      const answer = page!.items.find((item) => item.text.startsWith('Every choice made'))!
      expect(within(layout.backs[slot]!, answer.left, answer.baseline, 0)).toBe(true)
    },
    120_000,
  )
})

describe('one card a page, on card stock', () => {
  const cases = (['index-3x5', 'index-4x6', 'a6'] as const).flatMap((size) => [
    {size, duplex: 'long', offset: `${MAX_OFFSET},${MAX_OFFSET}`},
    {size, duplex: 'short', offset: `-${MAX_OFFSET},-${MAX_OFFSET}`},
  ])
  it.each(cases)(
    '$size, duplex $duplex, back offset $offset: no ink within 4 mm of the edge on any page',
    async ({size, duplex, offset}) => {
      const file = await build(`single-${size}-${duplex}`, [
        '--card-size',
        size,
        '--duplex',
        duplex,
        `--back-offset=${offset}`,
      ])
      const card = layoutOf({paper: 'a4', size, duplex: 'long', backOffset: {x: 0, y: 0}}).card
      const pages = rasterPages(file, 150)
      expect(pages.length).toBeGreaterThanOrEqual(6)
      for (const [index, raster] of pages.entries()) {
        expect(raster.width / raster.scale).toBeCloseTo(card.w, 0)
        const ink = inkOf(raster)
        expect(ink.length, `page ${index + 1} is blank`).toBeGreaterThan(100)
        const [w, h] = [raster.width / raster.scale, raster.height / raster.scale]
        const clear = ink.reduce((least, each) => Math.min(least, each.x, each.y, w - each.x, h - each.y), Infinity)
        // Half a pixel of slack: the ink is measured at pixel centres.
        expect(clear, `page ${index + 1}`).toBeGreaterThanOrEqual(EDGE - 0.5 / raster.scale)
      }
    },
    120_000,
  )
})
