/**
 * What a PDF's pages look like, as grey pixels: poppler's pdftoppm renders
 * them (as a viewer or a printer would) and the tests ask where ink lands,
 * in millimetres from the top left corner, whatever the CSS meant.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Raster {
  /** Pixels across and down. */
  width: number
  height: number
  /** Pixels per millimetre. */
  scale: number
  /** Grey levels, 0 black to 255 white, row by row. */
  grey: Uint8Array
}

/** A binary PGM (P5) file: its header, then one byte a pixel. */
function readPgm(data: Buffer, dpi: number): Raster {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('pdftoppm wrote no 8-bit PGM')
  const [text, width, height] = header
  return {
    width: Number(width),
    height: Number(height),
    scale: dpi / 25.4,
    grey: new Uint8Array(data.subarray(text.length, text.length + Number(width) * Number(height))),
  }
}

/** Every page of the PDF (or `first`..`last`) at `dpi`. */
export function rasterPages(file: string, dpi: number, first?: number, last?: number): Raster[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-pixels-'))
  try {
    const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])]
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), ...range, file, path.join(dir, 'page')])
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
      .map((name) => readPgm(readFileSync(path.join(dir, name)), dpi))
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

export interface Ink {
  /** Millimetres from the top left corner, at the pixel's centre. */
  x: number
  y: number
  grey: number
}

/** Every pixel darker than `below` (255 is paper white). */
export function inkOf(raster: Raster, below = 250): Ink[] {
  const found: Ink[] = []
  for (let row = 0; row < raster.height; row++) {
    for (let col = 0; col < raster.width; col++) {
      const grey = raster.grey[row * raster.width + col]!
      if (grey < below) found.push({x: (col + 0.5) / raster.scale, y: (row + 0.5) / raster.scale, grey})
    }
  }
  return found
}

/** The darkest pixel within `radius` mm of a point. */
export function darkestNear(raster: Raster, x: number, y: number, radius = 0.15): number {
  let darkest = 255
  const [c0, c1] = [Math.floor((x - radius) * raster.scale), Math.ceil((x + radius) * raster.scale)]
  const [r0, r1] = [Math.floor((y - radius) * raster.scale), Math.ceil((y + radius) * raster.scale)]
  for (let row = Math.max(0, r0); row <= Math.min(raster.height - 1, r1); row++)
    for (let col = Math.max(0, c0); col <= Math.min(raster.width - 1, c1); col++)
      darkest = Math.min(darkest, raster.grey[row * raster.width + col]!)
  return darkest
}
