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
import {typeSizes} from '../../render/type-sizes.js'
import type {Printer} from '../../browser/printer.js'
import type {JoinKind} from './split.js'

/** Candidate sizes in points, largest first; the last is the smallest legible one. */
export const FONT_SIZES = {front: [...typeSizes(15, 11, 1), ...typeSizes(10.5, 8, 0.5)], back: typeSizes(9.5, 8, 0.5)}
export const MIN_SIZE = 8
/** Display math may shrink to this share of the text size, and no further. */
export const MIN_MATH_SCALE = 0.6

export interface FaceFit {
  /** Null: the text does not fit even at the smallest size. */
  size: number | null
  mathScale: number
  /** Share of the normal leading (1 unless an answer was set tighter to stay on one card). */
  leading?: number
}

/** Tighter leading tried at each back size before the next size down: a line or two gained. */
export const LEADINGS = [1, 0.9, 0.82]

export interface PieceHtml {
  html: string
  group: number
  join: JoinKind | null
  /** For a piece of a code block: its lines' source, to join as split.ts does. */
  code?: string
}

/** A face's fit and, for a back too long even at the smallest size, where its answer is cut. */
export interface FaceMeasure extends FaceFit {
  /** Index of the first piece of each card after the first. */
  starts?: number[]
  /** Each card of the cut answer, filled with its part: the largest size that holds it, and its math scale. */
  parts?: FaceFit[]
}

interface Task {
  sizes: {front: number[]; back: number[]}
  leadings: number[]
  minMath: number
  /** The pieces of every answer, by back face id: cut points for answers that do not fit. */
  pieces: Record<string, PieceHtml[]>
}

/**
 * In the page: for every face, the largest size at which its text fits.
 * A back that does not fit even at the smallest size is filled with its
 * answer's pieces in order, joining pieces of one group as split.ts's
 * joinPieces does, and a new card starts where the next piece would overflow.
 */
function inPage(task: Task): Record<string, FaceMeasure> {
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
        else {
          // As joinPieces does: the lines' source joined by newlines, then rendered as a code block is (with a final newline).
          const source = `${last.dataset.code ?? ''}\n${piece.code ?? ''}`
          last.dataset.code = source
          // Line by line, with the hanging indent render/code-lines.ts gives a printed block.
          const lines = source.split('\n').map((line) => {
            const span = document.createElement('span')
            span.className = 'line'
            span.style.setProperty('--indent', `${(/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length}ch`)
            span.textContent = line.replace(/^[ \t]+/, '')
            return span
          })
          ;(last.querySelector('code') ?? last).replaceChildren(...lines)
        }
      } else {
        node.dataset.group = String(piece.group)
        if (piece.join === 'code') node.dataset.code = piece.code ?? ''
        answer.append(node)
      }
    }
  }
  /** The largest size at which the face's text box holds what it has now. */
  const largest = (face: HTMLElement, box: Element, sizes: number[]): FaceFit => {
    const leadings = face.classList.contains('card-back') ? task.leadings : [1]
    for (const size of sizes) {
      face.style.setProperty('--fs', `${size}pt`)
      for (const leading of leadings) {
        face.style.setProperty('--lead', String(leading))
        const mathScale = scaleMath(face)
        if (fits(box)) return {size, mathScale, leading}
      }
    }
    face.style.setProperty('--lead', '1')
    return {size: null, mathScale: scaleMath(face)}
  }
  /** A piece that only introduces the next ("Choose SVM when:"): it goes to the card of what follows. */
  const leadIn = (piece: PieceHtml | undefined) => {
    if (!piece) return false
    const template = document.createElement('template')
    template.innerHTML = piece.html
    const node = template.content.firstElementChild
    return node?.tagName === 'P' && /:\s*$/.test(node.textContent ?? '')
  }
  const cut = (face: HTMLElement, box: Element, pieces: PieceHtml[]): Pick<FaceMeasure, 'starts' | 'parts'> => {
    face.style.setProperty('--fs', `${task.sizes.back[task.sizes.back.length - 1]}pt`)
    const answer = document.createElement('div')
    answer.className = 'answer'
    box.replaceChildren(answer)
    const starts: number[] = []
    let current: PieceHtml[] = []
    pieces.forEach((piece, index) => {
      fill(answer, [...current, piece])
      scaleMath(face)
      if (current.length > 0 && !fits(box)) {
        const keep = current.length > 1 && leadIn(current[current.length - 1]) ? 1 : 0
        starts.push(index - keep)
        current = [...current.slice(current.length - keep), piece]
      } else {
        current.push(piece)
      }
    })
    // Each card of the answer, filled as it will be printed, gets its own largest size.
    const bounds = [0, ...starts, pieces.length]
    const parts =
      starts.length === 0
        ? []
        : bounds.slice(0, -1).map((start, index) => {
            fill(answer, pieces.slice(start, bounds[index + 1]))
            return largest(face, box, task.sizes.back)
          })
    return {starts, parts}
  }
  const result: Record<string, FaceMeasure> = {}
  for (const face of Array.from(document.querySelectorAll<HTMLElement>('[data-face]'))) {
    const id = face.dataset.face ?? ''
    const box = face.querySelector('.fit')
    if (!box) continue
    let fit: FaceMeasure = largest(
      face,
      box,
      face.classList.contains('card-front') ? task.sizes.front : task.sizes.back,
    )
    const pieces = task.pieces[id]
    if (fit.size === null && pieces && pieces.length > 1) fit = {...fit, ...cut(face, box, pieces)}
    result[id] = fit
  }
  return result
}

/**
 * Measure every face of the deck's sheets in one page load: its fit, and for
 * answers that need more than one card, where they are cut.
 */
export async function measureDeck(
  printer: Printer,
  html: string,
  pieces: Record<string, PieceHtml[]>,
): Promise<Map<string, FaceMeasure>> {
  const found = await printer.open(html, (page) =>
    page.measure(inPage, {arg: {sizes: FONT_SIZES, leadings: LEADINGS, minMath: MIN_MATH_SCALE, pieces}}),
  )
  return new Map(Object.entries(found))
}
