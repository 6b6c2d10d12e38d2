/**
 * A deck → the HTML of its printed sheets, fitted: every face is measured at
 * settings ever tighter and gets the roomiest that holds its text; an answer
 * that does not fit even at the tightest continues on further cards (at most
 * MAX_CARDS, one more for a back that carries its front's code; the last
 * saying where the rest is), cut where the browser says
 * the card is full. All of it in one page load (and a second, of those cards
 * alone, for cards whose front is too small for the code it shows: moved.ts),
 * and only for faces the run has not measured before (fit-cache.ts).
 */
import type {Printer} from '../../browser/printer.js'
import type {HtmlOptions} from '../../render/html.js'
import type {Templates} from '../../render/template.js'
import {cardsView, faceId, faceTexts, type FaceSetting, type FaceText, type PrintCard} from './view.js'
import type {PackMeta} from '../meta.js'
import type {Deck} from './deck.js'
import {LADDERS, MAX_CARDS, MIN_SIZE, measureDeck, type FaceFit, type FaceMeasure, type PieceHtml} from './fit.js'
import {sheetsOf, type Layout} from './layout.js'
import {recall, remember, type FaceFits} from './fit-cache.js'
import type {MoreNotes} from './more.js'
import {chunksOf, piecesOf, type Piece} from './split.js'
import {EXTRA_CARDS, blocksHtml, movedWords, movesShown, shownOnBack} from './moved.js'

export interface PrintedDeck {
  html: string
  sheets: number
  /** Cards whose answer went on to further cards, with how many cards it took, and where the rest is when cut short. */
  continued: Array<{number: number; question: string; cards: number; rest: string | null}>
  /** Faces that hold their text only below the smallest size: they are printed, but reported. */
  overfull: string[]
  /** Cards whose front could not hold what their question shows: it is on their back (moved.ts). */
  moved: Array<{number: number; question: string; what: string}>
}

interface Setup {
  templates: Templates
  /** What the run has measured already. */
  fits: FaceFits
  deck: Deck
  layout: Layout
  meta: PackMeta
  html: HtmlOptions
  title: string
  /** What the last card of an answer cut short says. */
  more: MoreNotes
}

type Fit = (face: FaceText) => FaceSetting

function render(prints: PrintCard[], setup: Setup, fit: Fit): {html: string; sheets: number} {
  const texts = prints.map((print) => faceTexts(print, setup.deck, setup.html))
  const sheets = sheetsOf(setup.layout, prints.length)
  const view = cardsView(texts, sheets, setup.layout, fit, setup.title, setup.meta.paper)
  return {html: setup.templates.render('cards', view), sheets: sheets.length}
}

const roomiest: Fit = (face) => ({...LADDERS[face.side][0]!, mathScale: 1})

function pieceHtml(piece: Piece, setup: Setup): PieceHtml {
  const html = blocksHtml([piece.node], setup.html)
  return piece.node.type === 'code'
    ? {html, group: piece.group, join: piece.join, code: piece.node.value}
    : {html, group: piece.group, join: piece.join}
}

/** The pieces of each answer, rendered, by back face id: where the page may cut an answer. */
function piecesOfDeck(prints: PrintCard[], setup: Setup): Map<string, PieceHtml[]> {
  return new Map(
    prints
      .filter((print) => print.answer)
      .map((print) => [faceId(print, 'back'), piecesOf(print.answer!).map((piece) => pieceHtml(piece, setup))]),
  )
}

/**
 * Every face's measure: remembered from an earlier deck of the run, or
 * measured now, in one page load, for the cards that have a face not seen yet.
 */
async function measureAll(prints: PrintCard[], setup: Setup, printer: Printer): Promise<Map<string, FaceMeasure>> {
  const faces = prints.flatMap((print) => faceTexts(print, setup.deck, setup.html))
  const known = recall(setup.fits, faces, setup.layout.card)
  const missing = prints.filter((print) => !known.has(faceId(print, 'front')) || !known.has(faceId(print, 'back')))
  if (missing.length === 0) return known
  const found = await measureDeck(printer, render(missing, setup, roomiest).html, {
    pieces: Object.fromEntries(piecesOfDeck(missing, setup)),
    more: Object.fromEntries(missing.map((print) => [faceId(print, 'back'), print.elsewhere])),
    cards: Object.fromEntries(
      missing.filter((print) => print.shownOnBack).map((print) => [faceId(print, 'back'), MAX_CARDS + EXTRA_CARDS]),
    ),
  })
  remember(setup.fits, faces, setup.layout.card, found)
  return new Map([...known, ...found])
}

/**
 * Every answer cut where the page found its cards full, and the fit of each
 * card it makes: a continuation's front is its first card's front again; its
 * back has what the page measured with that part of the answer in it. An
 * answer cut short ends with the line that says where the rest is.
 */
async function cutAnswers(
  prints: PrintCard[],
  measured: Map<string, FaceMeasure>,
  more: MoreNotes,
): Promise<{prints: PrintCard[]; fits: Map<string, FaceFit>}> {
  const fits = new Map<string, FaceFit>(measured)
  const cut = await Promise.all(
    prints.map(async (print) => {
      const back = measured.get(faceId(print, 'back'))
      if (!back?.starts?.length || !back.parts) return [print]
      const pieces = piecesOf(print.answer!)
      const chunks = chunksOf(pieces.slice(0, back.end ?? pieces.length), back.starts)
      const rest = back.end === undefined ? null : await more.printed(print.card)
      return chunks.map((answer, index) => {
        const last = index === chunks.length - 1
        const part: PrintCard = {...print, part: index + 1, parts: chunks.length, answer, more: last ? rest : null}
        fits.set(faceId(part, 'front'), measured.get(faceId(print, 'front'))!)
        fits.set(faceId(part, 'back'), back.parts![index]!)
        return part
      })
    }),
  )
  return {prints: cut.flat(), fits}
}

/**
 * The cards whose front the page found too small, at its tightest, for the
 * code their question shows, with that code on their back instead; those
 * cards alone are measured again (a second page load holds only them).
 */
async function moveShown(
  prints: PrintCard[],
  measured: Map<string, FaceMeasure>,
  setup: Setup,
  printer: Printer,
): Promise<{cards: PrintCard[]; measured: Map<string, FaceMeasure>}> {
  const cards = prints.map((print) =>
    movesShown(print, measured.get(faceId(print, 'front'))) ? shownOnBack(print) : print,
  )
  const moved = cards.filter((print) => print.shownOnBack)
  if (moved.length === 0) return {cards, measured}
  const again = await measureAll(moved, setup, printer)
  return {cards, measured: new Map([...measured, ...again])}
}

/** The measured setting of every face; one that fits at none is printed at the tightest. */
function finalFit(fits: Map<string, FaceFit>): Fit {
  return (face) => {
    const fit = fits.get(face.id)
    const tightest = LADDERS[face.side].at(-1)!
    if (!fit) return {...tightest, mathScale: 1}
    return {size: fit.size ?? MIN_SIZE, leading: fit.leading, track: fit.track, mathScale: fit.mathScale}
  }
}

/** One page load measures the whole deck; the sheets are then rendered as measured. */
export async function printDeck(setup: Setup, printer: Printer): Promise<PrintedDeck> {
  const first: PrintCard[] = setup.deck.cards.map((card) => ({
    card,
    part: 1,
    parts: 1,
    answer: card.question.answer?.length ? card.question.answer : null,
    elsewhere: setup.more.measured(card),
    more: null,
  }))
  const {cards, measured} = await moveShown(first, await measureAll(first, setup, printer), setup, printer)
  const {prints, fits} = await cutAnswers(cards, measured, setup.more)
  const final = render(prints, setup, finalFit(fits))
  return {
    ...final,
    continued: prints
      .filter((print) => print.part === print.parts && print.parts > 1)
      .map((print) => ({
        number: print.card.number,
        question: print.card.question.text,
        cards: print.parts,
        rest: print.more,
      })),
    overfull: [...fits].filter(([, fit]) => fit.size === null).map(([id]) => id),
    moved: cards.flatMap((print) => {
      const moved = movedWords(print)
      return moved ? [{number: print.card.number, question: print.card.question.text, what: moved.what}] : []
    }),
  }
}
