/**
 * A front too small for what its question shows (model/shown.ts), even at
 * the smallest type: rather than print the code cut off, the card carries
 * it on its back, before the answer, under a label; the front keeps the
 * question and a line that says where the code is. Decided by the measure of
 * the front (fit.ts), never guessed from the code's length; the back is then
 * laid out as any long back is (smaller type, then cards that continue it).
 * Only printed cards: an Anki note has no size, and keeps the code in front.
 */
import type {Paragraph, RootContent} from 'mdast'
import {toHtml, type HtmlOptions} from '../../render/html.js'
import type {FaceFit} from './fit.js'
import type {PrintCard} from './view.js'

/** What a question shows, by its blocks: code, options to choose among (a list), or both. */
export type ShownKind = 'code' | 'options' | 'both'

export function shownKind(shown: RootContent[]): ShownKind {
  const options = shown.some((block) => block.type === 'list')
  const code = shown.some((block) => block.type !== 'list' && block.type !== 'html')
  return options && code ? 'both' : options ? 'options' : 'code'
}

const WORDS: Record<ShownKind, {what: string; label: string; pointer: string; title: string}> = {
  code: {what: 'the code', label: 'The code', pointer: 'The code is on the back.', title: 'Code and answer'},
  options: {
    what: 'the options',
    label: 'The options',
    pointer: 'The options are on the back.',
    title: 'Options and answer',
  },
  both: {
    what: 'the code and its options',
    label: 'The code and options',
    pointer: 'The code and its options are on the back.',
    title: 'Code, options and answer',
  },
}

const labelNode = (value: string): Paragraph => ({type: 'paragraph', children: [{type: 'text', value}]})

/**
 * The labels on a back, as blocks of its answer: so they are cut, measured
 * and continued with it. Known by identity, and printed as labels (not as
 * the guide's text: see blocksHtml).
 */
const LABELS = new Map<RootContent, string>([
  ...Object.values(WORDS).map(({label}): [RootContent, string] => [labelNode(label), label]),
  [labelNode('The answer'), 'The answer'],
])
const labelOf = (text: string) => [...LABELS].find(([, label]) => label === text)![0]

/**
 * A back that carries its front's code may take this many cards more than
 * any answer (fit.ts's MAX_CARDS): code too long for a front fills a card of
 * the back or more, and the answer keeps its own three (b-js-lydia's longest
 * takes five in all, which would be cut short at four).
 */
export const EXTRA_CARDS = 2

/** A label ends the card it would be last on: it goes to the next, with what it introduces (fit.ts). */
export const LABEL_CLASS = 'back-label'

/** The front of this card does not hold what its question shows at the tightest setting: it moves to the back. */
export function movesShown(print: PrintCard, front: FaceFit | undefined): boolean {
  return print.part === 1 && !print.shownOnBack && !!print.card.question.shown?.length && front?.size === null
}

/** The card with what its question shows on its back, under a label, before the answer (itself under one). */
export function shownOnBack(print: PrintCard): PrintCard {
  const shown = print.card.question.shown ?? []
  const label = labelOf(WORDS[shownKind(shown)].label)
  const answer = print.answer?.length ? [labelOf('The answer'), ...print.answer] : []
  return {...print, shownOnBack: true, answer: [label, ...shown, ...answer]}
}

/**
 * For a card that carries what its question shows on its back: what that is
 * ("the code"), the line on the front that says where it is, and the back's
 * top line. Null for a card that keeps it in front.
 */
export function movedWords(print: PrintCard): {what: string; pointer: string; title: string} | null {
  if (!print.shownOnBack) return null
  const {what, pointer, title, label} = WORDS[shownKind(print.card.question.shown ?? [])]
  // Without an answer, the back holds only what the front showed.
  return {what, pointer, title: print.card.question.answer?.length ? title : label}
}

/** Blocks of an answer as HTML: the guide's through the HTML pipeline, the labels of a moved card as labels. */
export function blocksHtml(blocks: RootContent[], html: HtmlOptions): string {
  if (!blocks.some((block) => LABELS.has(block))) return toHtml(blocks, html)
  const out: string[] = []
  let run: RootContent[] = []
  const flush = () => {
    if (run.length) out.push(toHtml(run, html))
    run = []
  }
  for (const block of blocks) {
    const label = LABELS.get(block)
    if (label === undefined) {
      run.push(block)
      continue
    }
    flush()
    out.push(`<p class="${LABEL_CLASS}">${label}</p>`)
  }
  flush()
  return out.join('\n')
}
