/**
 * Printed cards → the data templates/cards.hbs shows: each face with its text
 * (markdown as sanitized HTML) and its place on the sheet in millimetres.
 * Positions come from src/cards/layout.ts; font sizes from the browser (fit.ts).
 */
import type {RootContent} from 'mdast'
import {helpOf, type Card, type Deck} from './deck.js'
import type {Layout, Rect, Sheet} from './layout.js'
import {toHtml, type HtmlOptions} from '../../render/html.js'
import {plainText} from '../../model/text.js'
import {blocksHtml, movedWords} from './moved.js'
import type {PackMeta} from '../meta.js'

/** One physical card: a question's card, or the n-th card an answer continues on. */
export interface PrintCard {
  card: Card
  /** 1 for the question's own card; 2, 3… for continuations of its answer. */
  part: number
  parts: number
  /** The blocks of the answer this card shows, when the question has an answer. */
  answer: RootContent[] | null
  /** The line that would end the answer, were it cut after its last card allowed (as measured: cards/more.ts). */
  elsewhere: string
  /** The line this card ends with: where the rest of its answer is, on the last card of one cut short. */
  more: string | null
  /** What the question shows is too big for the front: it is at the start of `answer`, under a label (moved.ts). */
  shownOnBack?: boolean
}

export interface FaceText {
  id: string
  /** The card's number in the deck, shared by its continuations. */
  card: number
  side: 'front' | 'back'
  kind: string
  category: string
  section: string
  deck: string
  number: string
  /** "cont. 2/3" on every card after an answer's first. */
  cont: string
  /** On a back: where this card is in an answer that takes several ("1/3 →", "cont. 2/3"). */
  part: string
  question: string
  /** The question as HTML: TeX in it (`\\frac{1}{2}`) typeset, the rest as text. */
  questionHtml: string
  /** The heading the question was asked under, when it is a title ("Count orders"): small, above the question. */
  heading: string
  /** The stem the question belongs to (a scenario, then several questions about it), as HTML: before the question. */
  contextHtml: string
  /** What the question shows (the code it asks about, its options), as HTML: after the question, set as an answer is. */
  shownHtml: string
  /** On a front whose code went to the back: the line that says so. */
  pointer: string
  difficulty: string | null
  title: string
  answerHtml: string
  /** Where the rest of the answer is, on the last card of an answer cut short. */
  more: string
  /** What `more` would say, as measured: part of what the fit of the answer depends on (fit-cache.ts). */
  elsewhere: string
  hintHtml: string
  star: boolean
  topics: string[]
}

/** How the browser found a face fits (cards/fit.ts). */
export interface FaceSetting {
  size: number
  /** Share of the normal line height: below 1 when an answer was set tighter to keep to one card. */
  leading: number
  /** 1 when the answer is also tracked a hair tighter, at the floor. */
  track: number
  /** Display math too wide for the card is set at this share of the text size. */
  mathScale: number
}

export interface FaceView extends FaceText, Rect {
  fontSize: number
  leading: number
  track: number
  mathScale: number
}

export interface SheetView {
  side: Sheet['side']
  faces: FaceView[]
  marks: Sheet['marks']
}

export interface CardsView {
  title: string
  /** One card a page (index cards, A6): its content keeps clear of the paper's edge (cards/style.css). */
  single: boolean
  /**
   * A card's edge is the paper's (one card a page, or a fold of two): the
   * back's top line stays below the card's top margin, which the printer may
   * not print (cards/style.css).
   */
  atEdge: boolean
  paper: PackMeta['paper']
  page: Layout['page']
  sheets: SheetView[]
}

/** A run of TeX the model left in a question's text: commands with their braced arguments, scripts. */
const TEX = /(?:\\[A-Za-z]+\*?(?:\s*\{[^{}]*\})*|[\^_]\{[^{}]*\})+/g

/** The question's text with its TeX runs as inline math, which the HTML pipeline typesets (KaTeX). */
export function questionHtml(text: string, html: HtmlOptions): string {
  if (text.search(TEX) < 0) return toHtml([{type: 'text', value: text}], html)
  const nodes: RootContent[] = []
  let last = 0
  for (const match of text.matchAll(TEX)) {
    if (match.index > last) nodes.push({type: 'text', value: text.slice(last, match.index)})
    const value = match[0]
    nodes.push({
      type: 'inlineMath',
      value,
      data: {
        hName: 'code',
        hProperties: {className: ['language-math', 'math-inline']},
        hChildren: [{type: 'text', value}],
      },
    } as RootContent)
    last = match.index + value.length
  }
  if (last < text.length) nodes.push({type: 'text', value: text.slice(last)})
  return toHtml(nodes, html)
}

/** Options no longer than this (in characters) are set two to a line: a front has little height to spare. */
const SHORT_OPTION = 28

/** What a question shows, as HTML: short options that close it ("A: 1", "B: 2") two to a line. */
export function shownHtml(shown: RootContent[] | undefined, html: HtmlOptions): string {
  if (!shown?.length) return ''
  const last = shown[shown.length - 1]!
  const short =
    last.type === 'list' &&
    last.children.length >= 2 &&
    last.children.every((item) => plainText(item).length <= SHORT_OPTION)
  if (!short) return toHtml(shown, html)
  return `${toHtml(shown.slice(0, -1), html)}<div class="options-paired">${toHtml([last], html)}</div>`
}

export const faceId = (print: PrintCard, side: 'front' | 'back') => `${print.card.number}-${print.part}-${side[0]}`

function backTitle(print: PrintCard): string {
  const moved = movedWords(print)
  if (moved) return moved.title
  const help = helpOf(print.card)
  if (help.kind === 'answer') return 'Answer'
  return help.kind === 'star' ? 'Your STAR story' : 'Think about'
}

/** The text of both faces of a card; the same whatever sheet or size it is printed at. */
export function faceTexts(print: PrintCard, deck: Deck, html: HtmlOptions): [FaceText, FaceText] {
  const {card} = print
  const help = helpOf(card)
  const moved = movedWords(print)
  const common = {
    kind: card.domain ? 'domain' : card.question.kind,
    category: card.category,
    section: card.section.title,
    deck: deck.label,
    number: `${card.number}/${deck.cards.length}`,
    cont: print.part > 1 ? `cont. ${print.part}/${print.parts}` : '',
    part:
      print.part > 1 ? `cont. ${print.part}/${print.parts}` : print.parts > 1 ? `${print.part}/${print.parts} →` : '',
    question: card.question.text,
    questionHtml: questionHtml(card.question.text, html),
    heading: card.question.title ?? '',
    contextHtml: card.question.context ? questionHtml(card.question.context, html) : '',
    shownHtml: moved ? '' : shownHtml(card.question.shown, html),
    pointer: moved?.pointer ?? '',
    difficulty: card.question.difficulty,
    title: backTitle(print),
    answerHtml: print.answer ? blocksHtml(print.answer, html) : '',
    more: print.more ?? '',
    elsewhere: print.elsewhere,
    hintHtml: !print.answer && card.question.hint ? toHtml(card.question.hint, html) : '',
    star: help.kind === 'star',
    topics: help.kind === 'topics' ? help.topics : [],
  }
  return [
    {...common, id: faceId(print, 'front'), card: card.number, side: 'front'},
    {...common, id: faceId(print, 'back'), card: card.number, side: 'back'},
  ]
}

/** Micrometres are plenty, and keep the CSS free of 13.000000000000002mm. */
const round = (mm: number) => Math.round(mm * 1000) / 1000
const rounded = (rect: Rect): Rect => ({x: round(rect.x), y: round(rect.y), w: round(rect.w), h: round(rect.h)})

/** Closer than this to the paper's edge, a card's top margin is in the printer's unprintable margin. */
const PRINTABLE = 5

function atPaperEdge(layout: Layout): boolean {
  const near = (rect: Rect) =>
    Math.min(rect.x, rect.y, layout.page.w - rect.x - rect.w, layout.page.h - rect.y - rect.h) < PRINTABLE
  return [...layout.fronts, ...layout.backs].some(near)
}

export function cardsView(
  texts: Array<[FaceText, FaceText]>,
  sheets: Sheet[],
  layout: Layout,
  fit: (face: FaceText) => FaceSetting,
  title: string,
  paper: PackMeta['paper'],
): CardsView {
  return {
    title,
    single: layout.card.w === layout.page.w && layout.card.h === layout.page.h,
    atEdge: atPaperEdge(layout),
    paper,
    page: layout.page,
    sheets: sheets.map((sheet) => ({
      side: sheet.side,
      marks: sheet.marks.map((mark) => ({...mark, ...rounded(mark)})),
      faces: sheet.faces.map(({card, side, rect}) => {
        const text = texts[card]![side === 'front' ? 0 : 1]
        const {size, mathScale, leading, track} = fit(text)
        return {...text, ...rounded(rect), fontSize: size, mathScale, leading, track}
      }),
    })),
  }
}
