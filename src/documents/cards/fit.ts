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
import {LABEL_CLASS} from './moved.js'

/** How a face is set: its type size in points, a share of its normal leading, and whether it is tracked tighter. */
export interface Setting {
  size: number
  /** Share of the normal leading (and of the gaps between blocks, cards/style.css). */
  leading: number
  /** 1: letters a hair closer, code's lines and padding closed up a little (the last resort, at the floor). */
  track: number
}

/** The smallest type a face is set in, in points. */
export const MIN_SIZE = 8
/** Display math may shrink to this share of the text size, and no further. */
export const MIN_MATH_SCALE = 0.6

const loose = (size: number): Setting => ({size, leading: 1, track: 0})

/** The last steps at the 8 pt floor: 0.82 of the leading, then a hair of tracking. */
const AT_THE_FLOOR: Setting[] = [
  {size: MIN_SIZE, leading: 0.82, track: 0},
  {size: MIN_SIZE, leading: 0.82, track: 1},
]

/**
 * The settings a face is tried at, roomiest first. A back that misses its
 * card by a line or two is set tighter before its type is set smaller: at
 * each size the normal leading, then 0.9 of it; at the 8 pt floor 0.82 of
 * it, and last a hair of tracking (-0.01 em, which no reader sees and which
 * gains about a line in twelve; code's lines close up to 1.0). Never below
 * 8 pt, code never below 7 pt (cards/style.css). A front goes down in size
 * only, but for one that still misses at the floor (a question with the code
 * it shows, model/shown.ts): its code and options are then set tighter too.
 */
export const LADDERS: {front: Setting[]; back: Setting[]} = {
  front: [
    ...[...typeSizes(15, 11, 1), ...typeSizes(10.5, MIN_SIZE, 0.5)].map(loose),
    {size: MIN_SIZE, leading: 0.9, track: 0},
    ...AT_THE_FLOOR,
  ],
  back: [
    ...typeSizes(9.5, MIN_SIZE, 0.5).flatMap((size) => [loose(size), {size, leading: 0.9, track: 0}]),
    ...AT_THE_FLOOR,
  ],
}

/** At most this many cards to an answer; the rest is in the guide, and the last card says where. */
export const MAX_CARDS = 3

export interface FaceFit {
  /** Null: the text does not fit even at the tightest setting (it is printed there). */
  size: number | null
  leading: number
  track: number
  mathScale: number
}

export interface PieceHtml {
  html: string
  group: number
  join: JoinKind | null
  /** For a piece of a code block: its lines' source, to join as split.ts does. */
  code?: string
}

/** A face's fit and, for a back too long for one card, where its answer is cut. */
export interface FaceMeasure extends FaceFit {
  /** Index of the first piece of each card after the first. */
  starts?: number[]
  /** Set when the answer takes more than MAX_CARDS cards: the pieces printed (the rest is in the guide). */
  end?: number
  /** Each card of the cut answer, filled with its part: all at one setting, each with its math scale. */
  parts?: FaceFit[]
}

interface Task {
  ladders: {front: Setting[]; back: Setting[]}
  minMath: number
  maxCards: number
  /** The pieces of every answer, by back face id: cut points for answers that do not fit. */
  pieces: Record<string, PieceHtml[]>
  /** The line that ends an answer cut after maxCards cards (where the rest is), by back face id. */
  more: Record<string, string>
  /** Backs allowed more cards than maxCards, by back face id: those that carry their front's code too (moved.ts). */
  cards: Record<string, number>
  /** The class of a back's own labels ("The code", moved.ts): each introduces what follows it. */
  labelClass: string
}

/**
 * In the page: for every face, the roomiest setting at which its text fits.
 * All faces go down their ladders together, a step at a time: each step sets
 * every face still looking, then reads them all, so the browser lays the
 * deck out once a step, not once for every try of every face (a forced layout
 * costs about the same for one changed face as for fifty).
 * A back that does not fit even at the tightest is poured into cards, its
 * answer's pieces in order (joined as split.ts's joinPieces does), a new card
 * where the next piece would overflow; then set as roomily as it can be on
 * that many cards. One that needs more than maxCards cards is cut after the
 * last of them, which ends with the line that says where the rest is.
 */
function inPage(task: Task): Record<string, FaceMeasure> {
  /** The share display math must shrink to on a face with --ms at 1 (read only: lay out first). */
  const mathNeed = (face: HTMLElement) => {
    let need = 1
    for (const math of Array.from(face.querySelectorAll('.katex-display'))) {
      if (math.scrollWidth > math.clientWidth) need = Math.min(need, math.clientWidth / math.scrollWidth)
    }
    return Math.max(task.minMath, Math.floor(need * 100) / 100)
  }
  /** Each face's display math scaled to its width: every face written, then read, then written again. */
  const scaleMathOf = (faces: HTMLElement[]) => {
    for (const face of faces) face.style.setProperty('--ms', '1')
    const scales = faces.map(mathNeed)
    faces.forEach((face, index) => face.style.setProperty('--ms', String(scales[index])))
    return scales
  }
  const scaleMath = (face: HTMLElement) => scaleMathOf([face])[0]!
  const fits = (box: Element) => {
    const range = document.createRange()
    range.selectNodeContents(box)
    const text = range.getBoundingClientRect()
    const frame = box.getBoundingClientRect()
    return text.bottom <= frame.bottom + 0.01 && text.top >= frame.top - 0.01 && box.scrollWidth <= box.clientWidth
  }
  const apply = (face: HTMLElement, setting: Setting) => {
    face.style.setProperty('--fs', `${setting.size}pt`)
    face.style.setProperty('--lead', String(setting.leading))
    face.style.setProperty('--track', String(setting.track))
  }
  /** One more piece at the end of the answer, joined to the one before as split.ts's joinPieces does. */
  const add = (answer: HTMLElement, piece: PieceHtml) => {
    const template = document.createElement('template')
    template.innerHTML = piece.html
    const node = template.content.firstElementChild as HTMLElement | null
    if (!node) return
    const last = answer.lastElementChild as HTMLElement | null
    if (last && piece.join && last.dataset.group === String(piece.group)) {
      if (piece.join === 'paragraph') last.append(' ', ...Array.from(node.childNodes))
      else if (piece.join === 'list') last.append(...Array.from(node.children))
      else if (piece.join === 'table') {
        // As joinPieces does: the rows of the next piece, without its repeated header.
        const rows = Array.from(node.querySelectorAll('tbody > tr'))
        ;(last.querySelector('tbody') ?? last).append(...rows)
      } else {
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
  const fill = (answer: HTMLElement, pieces: PieceHtml[]) => {
    answer.replaceChildren()
    for (const piece of pieces) add(answer, piece)
  }
  interface Face {
    id: string
    face: HTMLElement
    box: Element
    ladder: Setting[]
  }
  /**
   * For each face, the first setting of its ladder at which it holds what it
   * has now; else the tightest, unfitted. Each face is left at its setting.
   */
  const firstFits = (faces: Face[]): Map<Face, FaceFit> => {
    const found = new Map<Face, FaceFit>()
    let looking = faces
    for (let step = 0; looking.length > 0; step++) {
      for (const {face, ladder} of looking) apply(face, ladder[step]!)
      const scales = scaleMathOf(looking.map(({face}) => face))
      const held = looking.map(({box}) => fits(box))
      looking = looking.filter((face, index) => {
        const last = step === face.ladder.length - 1
        if (held[index] || last)
          found.set(face, {
            ...face.ladder[step]!,
            size: held[index] ? face.ladder[step]!.size : null,
            mathScale: scales[index]!,
          })
        return !held[index] && !last
      })
    }
    return found
  }
  /** A piece that only introduces the next ("Choose SVM when:", a label): it goes to the card of what follows. */
  const leadIn = (piece: PieceHtml | undefined) => {
    if (!piece) return false
    const template = document.createElement('template')
    template.innerHTML = piece.html
    const node = template.content.firstElementChild
    return node?.tagName === 'P' && (/:\s*$/.test(node.textContent ?? '') || node.classList.contains(task.labelClass))
  }
  interface Pour {
    starts: number[]
    /** The pieces that were poured: all of them, unless the cards ran out. */
    end: number
  }
  /** The answer in cards at the face's setting now; with `limit`, the last card ends with `note`, and what does not fit is left out. */
  const pour = (
    face: HTMLElement,
    box: Element,
    answer: HTMLElement,
    note: Element,
    pieces: PieceHtml[],
    limit = 0,
  ) => {
    const starts: number[] = []
    let current: PieceHtml[] = []
    // Whether the answer holds `current` and nothing else: then a piece is tried by adding it, not by filling anew.
    let holdsCurrent = false
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index]!
      const lastCard = limit > 0 && starts.length === limit - 1
      if (lastCard) box.append(note)
      if (holdsCurrent) add(answer, piece)
      else fill(answer, [...current, piece])
      scaleMath(face)
      holdsCurrent = current.length === 0 || fits(box)
      if (holdsCurrent) {
        current.push(piece)
        continue
      }
      if (lastCard) return {starts, end: index}
      const keep = current.length > 1 && leadIn(current[current.length - 1]) ? 1 : 0
      starts.push(index - keep)
      current = [...current.slice(current.length - keep), piece]
    }
    note.remove()
    return {starts, end: pieces.length}
  }
  const cut = (face: HTMLElement, box: Element, pieces: PieceHtml[], more: string, maxCards: number): FaceMeasure => {
    const answer = document.createElement('div')
    answer.className = 'answer'
    box.replaceChildren(answer)
    const note = document.createElement('p')
    note.className = 'more'
    note.textContent = more
    const ladder = task.ladders.back
    const tightest = ladder.length - 1
    const poured = new Map<number, Pour>()
    const at = (index: number): Pour => {
      if (!poured.has(index)) {
        apply(face, ladder[index]!)
        poured.set(index, pour(face, box, answer, note, pieces))
      }
      return poured.get(index)!
    }
    let chosen = tightest
    let best = at(tightest)
    if (best.starts.length >= maxCards) {
      apply(face, ladder[tightest]!)
      best = pour(face, box, answer, note, pieces, maxCards)
    } else {
      // The roomiest setting that takes no more cards than the tightest (fewer cards never come with more room).
      let low = 0
      while (low < chosen) {
        const middle = Math.floor((low + chosen) / 2)
        if (at(middle).starts.length <= best.starts.length) chosen = middle
        else low = middle + 1
      }
      best = at(chosen)
    }
    const setting = ladder[chosen]!
    apply(face, setting)
    const bounds = [0, ...best.starts, best.end]
    const parts = bounds.slice(0, -1).map((start, index): FaceFit => {
      fill(answer, pieces.slice(start, bounds[index + 1]))
      if (best.end < pieces.length && index === bounds.length - 2) box.append(note)
      else note.remove()
      const mathScale = scaleMath(face)
      return {...setting, size: fits(box) ? setting.size : null, mathScale}
    })
    note.remove()
    return {...parts[0]!, starts: best.starts, ...(best.end < pieces.length ? {end: best.end} : {}), parts}
  }
  const faces = Array.from(document.querySelectorAll<HTMLElement>('[data-face]')).flatMap((face): Face[] => {
    const box = face.querySelector('.fit')
    const ladder = face.classList.contains('card-back') ? task.ladders.back : task.ladders.front
    return box ? [{id: face.dataset.face ?? '', face, box, ladder}] : []
  })
  const result: Record<string, FaceMeasure> = {}
  for (const [{id, face, box}, fit] of firstFits(faces)) {
    const pieces = task.pieces[id]
    result[id] =
      fit.size === null && pieces && pieces.length > 1
        ? cut(face, box, pieces, task.more[id] ?? '', task.cards[id] ?? task.maxCards)
        : fit
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
  answers: Pick<Task, 'pieces' | 'more' | 'cards'>,
): Promise<Map<string, FaceMeasure>> {
  const task: Task = {
    ladders: LADDERS,
    minMath: MIN_MATH_SCALE,
    maxCards: MAX_CARDS,
    labelClass: LABEL_CLASS,
    ...answers,
  }
  const found = await printer.open(html, (page) => page.measure(inPage, {arg: task}))
  return new Map(Object.entries(found))
}
