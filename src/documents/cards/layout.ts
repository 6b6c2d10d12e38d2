/**
 * Where every card face goes on paper, in millimetres. Pure geometry: the
 * template places each face absolutely at these numbers, so what is printed
 * is exactly what is computed here, and duplex alignment can be tested.
 *
 * Duplex: a long-edge flip turns the sheet about its vertical axis, so the
 * back of a card sits in the mirrored column; a short-edge flip turns it about
 * its horizontal axis, so it sits in the mirrored row. `none` prints both
 * faces of a card on one side of a sheet of the paper, meeting at a fold line
 * (side by side, or one above the other when that fits more cards), with cut
 * marks around the pairs and dashed fold marks on the folds.
 */

import {inches, paperSize, type Paper, type Size} from '../../config/paper.js'

export type {Paper, Size}
export type CardSize = 'grid' | 'index-3x5' | 'index-4x6' | 'a6'
export type Duplex = 'long' | 'short' | 'none'

export const CARD_SIZES = ['grid', 'index-3x5', 'index-4x6', 'a6'] as const
export const DUPLEX_MODES = ['long', 'short', 'none'] as const

export interface Rect extends Size {
  x: number
  y: number
}

export interface Offset {
  x: number
  y: number
}

export interface LayoutOptions {
  paper: Paper
  size: CardSize
  duplex: Duplex
  /** Added to every position on a back page (mm), for printers that do not align. */
  backOffset: Offset
}

/** A crop or fold line: a thin rectangle outside every card. */
export interface Mark extends Rect {
  kind: 'cut' | 'fold'
}

export interface Layout {
  page: Size
  card: Size
  /** Front slots of one sheet, in reading order. */
  fronts: Rect[]
  /** backs[i] is behind fronts[i] (on the back sheet, or beside it for `none`). */
  backs: Rect[]
  frontMarks: Mark[]
  backMarks: Mark[]
  /** True when fronts and backs share one page (duplex `none`). */
  together: boolean
}

/** Cards cut from stock: one card a page, landscape. */
const SINGLE: Record<Exclude<CardSize, 'grid'>, Size> = {
  'index-3x5': {w: inches(5), h: inches(3)},
  'index-4x6': {w: inches(6), h: inches(4)},
  a6: {w: 148, h: 105},
}

export const GRID = {cols: 2, rows: 4, gap: 4, margin: 13}
/**
 * Crop marks start this far from the card and run this long, so a slightly off
 * cut never shows them; they stop `edge` short of the paper's edge, which
 * printers cannot print. A fold mark is dashed: `dash` on, `dash` off.
 */
const MARK = {offset: 2, length: 6, weight: 0.2, edge: 4, dash: 1}
/** Pairs to fold keep this much paper around them: room for marks at least 4 mm long. */
const FOLD_MARGIN = 10

const floorHalf = (mm: number) => Math.floor(mm * 2) / 2

export function mirror(rect: Rect, page: Size, duplex: Duplex): Rect {
  if (duplex === 'long') return {...rect, x: page.w - rect.x - rect.w}
  if (duplex === 'short') return {...rect, y: page.h - rect.y - rect.h}
  return rect
}

export const shift = (rect: Rect, by: Offset): Rect => ({...rect, x: rect.x + by.x, y: rect.y + by.y})

/** Grid cells with a gap between them, centred on the page. */
function cells(page: Size, card: Size, cols: number, rows: number, gap: number): Rect[] {
  const left = (page.w - cols * card.w - (cols - 1) * gap) / 2
  const top = (page.h - rows * card.h - (rows - 1) * gap) / 2
  const out: Rect[] = []
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++)
      out.push({x: left + col * (card.w + gap), y: top + row * (card.h + gap), ...card})
  }
  return out
}

/** The largest card that fits the grid inside the margins (to half a millimetre). */
export function gridCard(page: Size): Size {
  const {cols, rows, gap, margin} = GRID
  return {
    w: floorHalf((page.w - 2 * margin - (cols - 1) * gap) / cols),
    h: floorHalf((page.h - 2 * margin - (rows - 1) * gap) / rows),
  }
}

const unique = (values: number[]) => [...new Set(values.map((value) => Math.round(value * 1000) / 1000))]
const near = (a: number, b: number) => Math.abs(a - b) < 0.01

/** A fold line: vertical at x = `at` (axis 'x'), or horizontal at y = `at` (axis 'y'). */
export interface Fold {
  axis: 'x' | 'y'
  at: number
}

/** A fold mark as dashes along its length, each a mark of its own: solid fills print on every PDF path. */
function dashes(mark: Mark): Mark[] {
  const vertical = mark.h > mark.w
  const length = vertical ? mark.h : mark.w
  const out: Mark[] = []
  for (let from = 0; from < length - 1e-9; from += 2 * MARK.dash) {
    const run = Math.min(MARK.dash, length - from)
    out.push(vertical ? {...mark, y: mark.y + from, h: run} : {...mark, x: mark.x + from, w: run})
  }
  return out
}

/**
 * Crop marks in the margins, on the line of every card edge: vertical ones
 * above and below the block of cards, horizontal ones left and right of it.
 * On a fold line the mark is a dashed fold mark instead.
 */
export function cutMarks(rects: Rect[], page: Size, folds: Fold[] = []): Mark[] {
  if (rects.length === 0) return []
  const top = Math.min(...rects.map((r) => r.y))
  const bottom = Math.max(...rects.map((r) => r.y + r.h))
  const left = Math.min(...rects.map((r) => r.x))
  const right = Math.max(...rects.map((r) => r.x + r.w))
  const room = (space: number) => Math.min(MARK.length, space - MARK.offset - MARK.edge)
  const w = MARK.weight
  const isFold = (axis: Fold['axis'], at: number) => folds.some((fold) => fold.axis === axis && near(fold.at, at))
  const marks: Mark[] = []
  const add = (mark: Mark) => marks.push(...(mark.kind === 'fold' ? dashes(mark) : [mark]))
  for (const x of unique(rects.flatMap((r) => [r.x, r.x + r.w]))) {
    const kind = isFold('x', x) ? 'fold' : 'cut'
    const above = room(top)
    const below = room(page.h - bottom)
    if (above > 0) add({kind, x: x - w / 2, y: top - MARK.offset - above, w, h: above})
    if (below > 0) add({kind, x: x - w / 2, y: bottom + MARK.offset, w, h: below})
  }
  for (const y of unique(rects.flatMap((r) => [r.y, r.y + r.h]))) {
    const kind = isFold('y', y) ? 'fold' : 'cut'
    const before = room(left)
    const after = room(page.w - right)
    if (before > 0) add({kind, x: left - MARK.offset - before, y: y - w / 2, w: before, h: w})
    if (after > 0) add({kind, x: right + MARK.offset, y: y - w / 2, w: after, h: w})
  }
  return marks
}

function duplexLayout(page: Size, card: Size, fronts: Rect[], options: LayoutOptions): Layout {
  const backs = fronts.map((rect) => shift(mirror(rect, page, options.duplex), options.backOffset))
  const frontMarks = fronts.length > 1 ? cutMarks(fronts, page) : []
  const backMarks = frontMarks.map((mark) => ({
    ...shift(mirror(mark, page, options.duplex), options.backOffset),
    kind: mark.kind,
  }))
  return {page, card, fronts, backs, frontMarks, backMarks, together: false}
}

/**
 * How `none` lays out a card's two faces, to be folded: side by side (fold on
 * the vertical line between them, turn the card over like a page) or one
 * above the other (fold on the horizontal line, turn it over top to bottom),
 * on the paper upright or turned.
 */
interface FoldPlan {
  page: Size
  axis: Fold['axis']
  cols: number
  rows: number
}

const pairOf = (card: Size, axis: Fold['axis']): Size =>
  axis === 'x' ? {w: 2 * card.w, h: card.h} : {w: card.w, h: 2 * card.h}

const fits = (space: number, size: number, gap: number) =>
  Math.max(0, Math.floor((space - 2 * FOLD_MARGIN + gap) / (size + gap)))

/** The plan that puts the most pairs on a sheet of the paper; on a tie, upright before turned, side by side first. */
function foldPlan(paper: Paper, card: Size, gap: number = GRID.gap): FoldPlan {
  const plans = (['portrait', 'landscape'] as const).flatMap((orientation) =>
    (['x', 'y'] as const).map((axis) => {
      const page = paperSize(paper, orientation)
      const pair = pairOf(card, axis)
      return {page, axis, cols: fits(page.w, pair.w, gap), rows: fits(page.h, pair.h, gap)}
    }),
  )
  const best = plans.reduce((a, b) => (b.cols * b.rows > a.cols * a.rows ? b : a))
  if (best.cols * best.rows === 0) throw new Error(`a ${card.w} × ${card.h} mm card does not fit ${paper} to fold`)
  return best
}

/** Pairs of faces, front and back meeting at a fold line, centred on the sheet; cut marks around, fold marks on the folds. */
function foldLayout(paper: Paper, card: Size, gap: number = GRID.gap): Layout {
  const {page, axis, cols, rows} = foldPlan(paper, card, gap)
  const pair = pairOf(card, axis)
  const pairs = cells(page, pair, cols, rows, gap)
  const fronts = pairs.map((rect) => ({x: rect.x, y: rect.y, ...card}))
  const backs = fronts.map((rect) => (axis === 'x' ? {...rect, x: rect.x + card.w} : {...rect, y: rect.y + card.h}))
  const folds = fronts.map((rect) => ({axis, at: axis === 'x' ? rect.x + card.w : rect.y + card.h}))
  const marks = cutMarks([...fronts, ...backs], page, folds)
  return {page, card, fronts, backs, frontMarks: marks, backMarks: [], together: true}
}

export function layoutOf(options: LayoutOptions): Layout {
  if (options.size === 'grid') {
    const page = paperSize(options.paper)
    const card = gridCard(page)
    if (options.duplex === 'none') return foldLayout(options.paper, card)
    return duplexLayout(page, card, cells(page, card, GRID.cols, GRID.rows, GRID.gap), options)
  }
  const card = SINGLE[options.size]
  if (options.duplex === 'none') return foldLayout(options.paper, card)
  return duplexLayout(card, card, [{x: 0, y: 0, ...card}], options)
}

export interface Sheet {
  side: 'front' | 'back' | 'both'
  /** Card indexes, with where each face goes; a back sheet lists the same cards as its front. */
  faces: Array<{card: number; side: 'front' | 'back'; rect: Rect}>
  marks: Mark[]
}

/** The sheets that print `count` cards: front, back, front, back… (or one page each for `none`). */
export function sheetsOf(layout: Layout, count: number): Sheet[] {
  const perSheet = layout.fronts.length
  const sheets: Sheet[] = []
  for (let first = 0; first < count; first += perSheet) {
    const cards = Array.from({length: Math.min(perSheet, count - first)}, (_, slot) => ({card: first + slot, slot}))
    const fronts = cards.map(({card, slot}) => ({card, side: 'front' as const, rect: layout.fronts[slot]!}))
    const backs = cards.map(({card, slot}) => ({card, side: 'back' as const, rect: layout.backs[slot]!}))
    if (layout.together) sheets.push({side: 'both', faces: [...fronts, ...backs], marks: layout.frontMarks})
    else
      sheets.push(
        {side: 'front', faces: fronts, marks: layout.frontMarks},
        {side: 'back', faces: backs, marks: layout.backMarks},
      )
  }
  return sheets
}

/** `--back-offset 1.5,-0.5` → {x: 1.5, y: -0.5}; undefined when it does not read. */
export function parseOffset(text: string): Offset | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,x ]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text)
  if (!match) return undefined
  return {x: Number(match[1]), y: Number(match[2])}
}
