/**
 * A deck → the HTML of its printed sheets, fitted: every face is measured at
 * decreasing sizes and gets the largest that holds its text; an answer that
 * does not fit even at the smallest size continues on further cards, cut
 * where the browser says the card is full.
 */
import type {Printer} from '../print/printer.js'
import type {HtmlOptions} from '../render/html.js'
import {toHtml} from '../render/html.js'
import {renderTemplate} from '../template.js'
import {cardsView, faceId, faceTexts, type FaceText, type PrintCard} from '../view/cards.js'
import type {PackMeta} from '../view/guide.js'
import type {Deck} from './deck.js'
import {FONT_SIZES, MIN_SIZE, measureBreaks, measureFits, type FaceFit, type Probe} from './fit.js'
import {sheetsOf, type Layout} from './layout.js'
import {chunksOf, piecesOf} from './split.js'

export interface PrintedDeck {
  html: string
  sheets: number
  /** Cards whose answer went on to further cards, with how many cards it took. */
  continued: Array<{number: number; question: string; cards: number}>
  /** Faces that hold their text only below the smallest size: they are printed, but reported. */
  overfull: string[]
}

interface Setup {
  deck: Deck
  layout: Layout
  meta: PackMeta
  html: HtmlOptions
  title: string
}

type Fit = (face: FaceText) => {size: number; mathScale: number}

function render(prints: PrintCard[], setup: Setup, fit: Fit): {html: string; sheets: number} {
  const texts = prints.map((print) => faceTexts(print, setup.deck, setup.html))
  const sheets = sheetsOf(setup.layout, prints.length)
  const view = cardsView(texts, sheets, setup.layout, fit, setup.title, setup.meta.paper)
  return {html: renderTemplate('cards', view), sheets: sheets.length}
}

const largest: Fit = (face) => ({size: face.side === 'front' ? FONT_SIZES.front[0]! : FONT_SIZES.back[0]!, mathScale: 1})
const smallest: Fit = () => ({size: MIN_SIZE, mathScale: 1})

/** Answers that overflow at the smallest size, cut into cards at the breaks the browser found. */
async function continueAnswers(prints: PrintCard[], overflowing: PrintCard[], setup: Setup, printer: Printer): Promise<PrintCard[]> {
  const pieces = new Map(overflowing.map((print) => [faceId(print, 'back'), piecesOf(print.answer ?? [])]))
  const probes: Probe[] = overflowing.map((print) => ({
    face: faceId(print, 'back'),
    pieces: pieces.get(faceId(print, 'back'))!.map((piece) => ({html: toHtml([piece.node], setup.html), group: piece.group, join: piece.join})),
  }))
  // The probes carry their whole answer, so that every font it needs is loaded before the measuring.
  const breaks = await measureBreaks(printer, render(overflowing, setup, smallest).html, probes)
  return prints.flatMap((print) => {
    const id = faceId(print, 'back')
    const cut = pieces.get(id)
    if (!cut) return [print]
    const chunks = chunksOf(cut, breaks.get(id) ?? [])
    return chunks.map((answer, index) => ({...print, part: index + 1, parts: chunks.length, answer}))
  })
}

/**
 * The measured fit of every face; the cards of one answer get one size (the
 * smallest any of them needs), so that they read as one text.
 */
function finalFit(prints: PrintCard[], fits: Map<string, FaceFit>): Fit {
  const answerSize = new Map<number, number>()
  for (const print of prints.filter((card) => card.parts > 1)) {
    const size = fits.get(faceId(print, 'back'))?.size ?? MIN_SIZE
    answerSize.set(print.card.number, Math.min(size, answerSize.get(print.card.number) ?? Infinity))
  }
  return (face) => {
    const fit = fits.get(face.id)
    const size = (face.side === 'back' && answerSize.get(face.card)) || fit?.size || MIN_SIZE
    return {size, mathScale: fit?.mathScale ?? 1}
  }
}

export async function printDeck(setup: Setup, printer: Printer): Promise<PrintedDeck> {
  let prints: PrintCard[] = setup.deck.cards.map((card) => ({card, part: 1, parts: 1, answer: card.question.answer?.length ? card.question.answer : null}))
  let fits = await measureFits(printer, render(prints, setup, largest).html)
  const overflowing = prints.filter((print) => print.answer && fits.get(faceId(print, 'back'))?.size === null)
  if (overflowing.length > 0) {
    prints = await continueAnswers(prints, overflowing, setup, printer)
    fits = await measureFits(printer, render(prints, setup, largest).html)
  }
  const final = render(prints, setup, finalFit(prints, fits))
  return {
    ...final,
    continued: prints.filter((print) => print.part === 1 && print.parts > 1).map((print) => ({number: print.card.number, question: print.card.question.text, cards: print.parts})),
    overfull: [...fits].filter(([, fit]) => fit.size === null).map(([id]) => id),
  }
}
