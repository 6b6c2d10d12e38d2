/**
 * Where every card face goes on paper, in millimetres. Pure geometry: the
 * template places each face absolutely at these numbers, so what is printed
 * is exactly what is computed here, and duplex alignment can be tested.
 *
 * Duplex: a long-edge flip turns the sheet about its vertical axis, so the
 * back of a card sits in the mirrored column; a short-edge flip turns it about
 * its horizontal axis, so it sits in the mirrored row. `none` puts front and
 * back side by side, meeting at a fold line in the middle of the page.
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
/** Crop marks start this far from the card and run this long, so a slightly off cut never shows them. */
const MARK = {offset: 2, length: 6, weight: 0.2}

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

/**
 * Crop marks in the margins, on the line of every card edge: vertical ones
 * above and below the block of cards, horizontal ones left and right of it.
 */
export function cutMarks(rects: Rect[], page: Size, foldX?: number): Mark[] {
  if (rects.length === 0) return []
  const top = Math.min(...rects.map((r) => r.y))
  const bottom = Math.max(...rects.map((r) => r.y + r.h))
  const left = Math.min(...rects.map((r) => r.x))
  const right = Math.max(...rects.map((r) => r.x + r.w))
  const room = (space: number) => Math.min(MARK.length, space - MARK.offset - 1)
  const marks: Mark[] = []
  const vertical = (x: number, kind: Mark['kind']) => {
    const above = room(top)
    const below = room(page.h - bottom)
    const w = MARK.weight
    if (above > 0) marks.push({kind, x: x - w / 2, y: top - MARK.offset - above, w, h: above})
    if (below > 0) marks.push({kind, x: x - w / 2, y: bottom + MARK.offset, w, h: below})
  }
  const horizontal = (y: number) => {
    const before = room(left)
    const after = room(page.w - right)
    const h = MARK.weight
    if (before > 0) marks.push({kind: 'cut', x: left - MARK.offset - before, y: y - h / 2, w: before, h})
    if (after > 0) marks.push({kind: 'cut', x: right + MARK.offset, y: y - h / 2, w: after, h})
  }
  const xs = unique(rects.flatMap((r) => [r.x, r.x + r.w])).filter(
    (x) => foldX === undefined || Math.abs(x - foldX) > 0.01,
  )
  xs.forEach((x) => vertical(x, 'cut'))
  if (foldX !== undefined) vertical(foldX, 'fold')
  unique(rects.flatMap((r) => [r.y, r.y + r.h])).forEach(horizontal)
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

/** Front and back side by side, meeting at the page's vertical centre line: fold there. */
function foldLayout(page: Size, card: Size, rows: number, gap: number): Layout {
  const fold = page.w / 2
  const top = (page.h - rows * card.h - (rows - 1) * gap) / 2
  const fronts = Array.from({length: rows}, (_, row) => ({x: fold - card.w, y: top + row * (card.h + gap), ...card}))
  const backs = fronts.map((rect) => mirror(rect, page, 'long'))
  const marks = rows > 1 || page.h > card.h ? cutMarks([...fronts, ...backs], page, fold) : []
  return {page, card, fronts, backs, frontMarks: marks, backMarks: [], together: true}
}

export function layoutOf(options: LayoutOptions): Layout {
  if (options.size === 'grid') {
    const page = paperSize(options.paper)
    const card = gridCard(page)
    if (options.duplex === 'none') return foldLayout(page, card, GRID.rows, GRID.gap)
    return duplexLayout(page, card, cells(page, card, GRID.cols, GRID.rows, GRID.gap), options)
  }
  const card = SINGLE[options.size]
  if (options.duplex === 'none') return foldLayout({w: 2 * card.w, h: card.h}, card, 1, 0)
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
