/**
 * What the page measured for a face, remembered for the rest of the run. A
 * face's fit depends only on what it shows and on the card's size, and the
 * packs of a batch share most of their questions: a face measured for one
 * pack is not measured again for the next. The run owns the memory, so a
 * --watch rebuild starts afresh (a style may have changed).
 */
import type {FaceText} from './view.js'
import type {FaceMeasure} from './fit.js'
import type {Layout} from './layout.js'

/** What a run measured, by what the face shows (see keyOf). */
export type FaceFits = Map<string, FaceMeasure>

/** Plenty for a batch of many decks; past it, the run starts afresh. */
const MAX_FACES = 50_000

/**
 * What the face's text box shows, and the card's size: nothing else moves
 * it, since the top line and the footer are of a fixed height (cards.css).
 * Only first cards are measured; a continuation takes its first card's front.
 */
function keyOf(face: FaceText, card: Layout['card']): string {
  const shown =
    face.side === 'front'
      ? [face.heading, face.contextHtml, face.question, face.shownHtml, face.pointer]
      : [face.answerHtml, face.elsewhere, face.hintHtml, face.star, face.topics]
  return JSON.stringify([card.w, card.h, face.side, ...shown])
}

/** The faces already measured at this card size, by face id. */
export function recall(measured: FaceFits, faces: FaceText[], card: Layout['card']): Map<string, FaceMeasure> {
  const known = new Map<string, FaceMeasure>()
  for (const face of faces) {
    const fit = measured.get(keyOf(face, card))
    if (fit) known.set(face.id, fit)
  }
  return known
}

export function remember(
  measured: FaceFits,
  faces: FaceText[],
  card: Layout['card'],
  found: Map<string, FaceMeasure>,
): void {
  if (measured.size + faces.length > MAX_FACES) measured.clear()
  for (const face of faces) {
    const fit = found.get(face.id)
    if (fit) measured.set(keyOf(face, card), fit)
  }
}
