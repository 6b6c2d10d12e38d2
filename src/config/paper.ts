/**
 * Paper: the sizes a pack can be printed on, in millimetres, and their CSS
 * names. The one place that knows them; every page box is made from here.
 */
export const PAPERS = ['a4', 'letter'] as const
export type Paper = (typeof PAPERS)[number]

export type Orientation = 'portrait' | 'landscape'

export interface Size {
  /** Millimetres. */
  w: number
  h: number
}

const MM_PER_INCH = 25.4

/** Portrait sizes. */
export const PAPER_SIZES: Record<Paper, Size> = {
  a4: {w: 210, h: 297},
  letter: {w: 215.9, h: 279.4},
}

/** The name CSS `@page {size}` knows each paper by. */
export const CSS_PAPER: Record<Paper, string> = {a4: 'A4', letter: 'letter'}

export const inches = (value: number) => value * MM_PER_INCH

export function paperSize(paper: Paper, orientation: Orientation = 'portrait'): Size {
  const {w, h} = PAPER_SIZES[paper]
  return orientation === 'landscape' ? {w: h, h: w} : {w, h}
}
