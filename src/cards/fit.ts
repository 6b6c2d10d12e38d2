/**
 * Fit is measured, never guessed: the cards are laid out in Chromium with
 * the print styles and fonts they will be printed with, and `inPage` runs
 * inside that page (self-contained: it is serialised into it).
 *
 * A face's text box fits when its text lies inside it, to a hundredth of a
 * pixel (scrollHeight is rounded to whole pixels), and nothing scrolls
 * across. Display math that is wider than the card is scaled down on its own
 * (--ms), since it cannot wrap.
 */
import type {Printer} from '../print/printer.js'
import type {JoinKind} from './split.js'

/** Candidate sizes in points, largest first; the last is the smallest legible one. */
export const FONT_SIZES = {front: [15, 14, 13, 12, 11, 10.5, 10, 9.5, 9, 8.5, 8], back: [9.5, 9, 8.5, 8]}
export const MIN_SIZE = 8
/** Display math may shrink to this share of the text size, and no further. */
export const MIN_MATH_SCALE = 0.6

export interface FaceFit {
  /** Null: the text does not fit even at the smallest size. */
  size: number | null
  mathScale: number
}

export interface PieceHtml {
  html: string
  group: number
  join: JoinKind | null
}

export interface Probe {
  /** A back face in the page, at the smallest size, whose text box is filled piece by piece. */
  face: string
  pieces: PieceHtml[]
}

type Task = {mode: 'sizes'; sizes: {front: number[]; back: number[]}; minMath: number} | {mode: 'pack'; probes: Probe[]; minMath: number}

/**
 * In the page. `sizes`: for every face, the largest size at which it fits.
 * `pack`: fill each probe's text box with pieces in order, joining pieces of
 * one group as split.ts's joinPieces does, and start a new card where the
 * next piece would overflow; gives the index of the first piece of each card
 * after the first.
 */
function inPage(task: Task): Record<string, FaceFit | number[]> {
  const scaleMath = (face: HTMLElement) => {
    face.style.setProperty('--ms', '1')
    let need = 1
    for (const math of Array.from(face.querySelectorAll('.katex-display'))) {
      if (math.scrollWidth > math.clientWidth) need = Math.min(need, math.clientWidth / math.scrollWidth)
    }
    const scale = Math.max(task.minMath, Math.floor(need * 100) / 100)
    face.style.setProperty('--ms', String(scale))
    return scale
  }
  const fits = (box: Element) => {
    const range = document.createRange()
    range.selectNodeContents(box)
    const text = range.getBoundingClientRect()
    const frame = box.getBoundingClientRect()
    return text.bottom <= frame.bottom + 0.01 && text.top >= frame.top - 0.01 && box.scrollWidth <= box.clientWidth
  }
  const result: Record<string, FaceFit | number[]> = {}
  if (task.mode === 'sizes') {
    for (const face of Array.from(document.querySelectorAll<HTMLElement>('[data-face]'))) {
      const box = face.querySelector('.fit')
      let fit: FaceFit = {size: null, mathScale: 1}
      for (const size of face.classList.contains('card-front') ? task.sizes.front : task.sizes.back) {
        face.style.setProperty('--fs', `${size}pt`)
        const mathScale = scaleMath(face)
        if (box && fits(box)) {
          fit = {size, mathScale}
          break
        }
      }
      result[face.dataset.face ?? ''] = fit
    }
    return result
  }
  const fill = (answer: HTMLElement, pieces: PieceHtml[]) => {
    answer.replaceChildren()
    for (const piece of pieces) {
      const template = document.createElement('template')
      template.innerHTML = piece.html
      const node = template.content.firstElementChild as HTMLElement | null
      if (!node) continue
      const last = answer.lastElementChild as HTMLElement | null
      if (last && piece.join && last.dataset.group === String(piece.group)) {
        if (piece.join === 'paragraph') last.append(' ', ...Array.from(node.childNodes))
        else if (piece.join === 'list') last.append(...Array.from(node.children))
        else (last.querySelector('code') ?? last).append(`\n${node.textContent ?? ''}`)
      } else {
        node.dataset.group = String(piece.group)
        answer.append(node)
      }
    }
  }
  for (const probe of task.probes) {
    const face = document.querySelector<HTMLElement>(`[data-face="${probe.face}"]`)
    const box = face?.querySelector('.fit')
    if (!face || !box) continue
    const answer = document.createElement('div')
    answer.className = 'answer'
    box.replaceChildren(answer)
    const starts: number[] = []
    let current: PieceHtml[] = []
    probe.pieces.forEach((piece, index) => {
      fill(answer, [...current, piece])
      scaleMath(face)
      if (current.length > 0 && !fits(box)) {
        starts.push(index)
        current = [piece]
      } else {
        current.push(piece)
      }
    })
    result[probe.face] = starts
  }
  return result
}

export async function measureFits(printer: Printer, html: string): Promise<Map<string, FaceFit>> {
  const found = await printer.measure(html, inPage, {arg: {mode: 'sizes', sizes: FONT_SIZES, minMath: MIN_MATH_SCALE}})
  return new Map(Object.entries(found as Record<string, FaceFit>))
}

export async function measureBreaks(printer: Printer, html: string, probes: Probe[]): Promise<Map<string, number[]>> {
  const found = await printer.measure(html, inPage, {arg: {mode: 'pack', probes, minMath: MIN_MATH_SCALE}})
  return new Map(Object.entries(found as Record<string, number[]>))
}
