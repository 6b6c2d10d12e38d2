/**
 * What a question shows: "What's the output?" over a code fence (and maybe
 * lettered options) asks about that code, so the code is part of the
 * question, printed on the card's front; only what follows it is the answer.
 * Decided by structure: the question points at something to look at ("this
 * code", "the following query", "What will be printed?") and the blocks right
 * after it are fences, then maybe a short list of options, then the answer
 * (a `<details>`, an "Answer:" label, more text). Code with lettered options
 * after it is a quiz whatever the wording; and in a series (one layout, one
 * label) most of whose questions have code then a marked answer, every member
 * of that shape shows its code. A fence after a question that points at
 * nothing ("How do you reverse a list?") stays its answer.
 */
import type {List, RootContent} from 'mdast'
import {isAnswerLabel} from './answer.js'
import {answerInCode} from './fence-answers.js'
import {normalizeLabel} from './labels.js'
import {labelOf} from './phrasing.js'
import type {Draft} from './questions.js'
import {htmlText, plainText} from './text.js'

export interface ShownSplit {
  /** The blocks the question shows: its code, its options. */
  shown: RootContent[]
  /** The rest: the answer, as the guide wrote it. */
  blocks: RootContent[]
  why: string
}

/** Which drafts show blocks, and what they show. */
export type Shows = (draft: Draft) => ShownSplit | undefined

const THING =
  '(?:code|snippets?|quer(?:y|ies)|programs?|functions?|scripts?|statements?|expressions?|class(?:es)?|methods?|loops?|sql|outputs?|examples?|pieces? of code|lines?(?: of code)?|blocks?|commands?|regex(?:es)?|implementation|html|css|markup|components?|schema|tables?|tests?)'

/** "this Python code", "that snippet", "the given query". */
const NOUN = new RegExp(`\\b(?:this|that|the given|given)(?:\\s+[\\w\`'.#+-]+){0,2}?\\s+${THING}\\b`, 'i')
/** "the following …", "these four promises", "the alerts below", "as shown above". */
const FOLLOWING = /\b(?:the following|these)\b/i
const BELOW = /\b(?:below|above)\b(?!\s+(?:all|average|zero|\d))/i
/** "What's the output?", "What is the output of …", "Predict the result". */
const OUTPUT =
  /\b(?:what(?:'s|’s| is| was| will be| would be)|predict|guess|determine)\s+(?:the\s+)?(?:output|printed (?:value|result)|logged (?:value|output))\b/i
const OUTPUT_OF = /\b(?:output|result|value|return value)\s+of\s+(?:this|the code|the program)\b/i
/** "What is the value of `foo.x`?", "What's the type of x?" */
const VALUE_OF = /\bwhat(?:'s|’s| is| are| was| will be| would be)\s+(?:the\s+)?(?:values?|outcome|type|length)\s+of\b/i
/** "What will be printed?", "What gets logged to the console?" */
const PASSIVE =
  /\bwhat\s+(?:will|would|does|gets?|is|are)\s+(?:be\s+|get\s+)?(?:printed|logged|returned|displayed|output(?:ted)?|shown)\b(?:\s+(?:to the console|on the screen|here|now|first|last))?\W*$/i
/** "What does this return?", "Why does this fail?", "Is this a pure function?", "What happens when we do this?" */
const THIS_DOES = /\b(?:what|how|why|when|where)\s+(?:does|do|did|will|would|is|are|can)\s+(?:this|these)\s+\w+\W*$/i
/** "What will this small helper print last?", "What does the following throw?" */
const THIS_PRINTS =
  /\b(?:does|do|did|will|would)\s+(?:this|these|the following)\b.*\b(?:print|return|log|output|display|evaluate|throw|raise)(?:s|ed)?\b/i
const IS_THIS = /^(?:is|are|does|do|will|would|can|could)\s+(?:this|these)\b/i
const DO_THIS = /\b(?:do|does|did|run|running|execute|executing|call|calling)\s+(?:this|these)\W*$/i
const MAKE_THIS = /\bmake\s+(?:this|these|it)\s+(?:work|run|pass|compile|faster)\b/i
/** "Find the bug", "Spot the memory leak", "Spot the error in this snippet:", "What's wrong here?" */
const BUG =
  /\b(?:find|spot|fix|identify|locate)\s+(?:the\s+|a\s+|any\s+)?(?:memory\s+)?(?:bugs?|errors?|mistakes?|problems?|issues?|leaks?)\b(?:\s+in\s+(?:this|the following|the|it)\b.*)?\W*$/i
const WRONG =
  /\bwhat(?:'s|’s| is)\s+(?:wrong|missing|the (?:bug|error|problem|issue))\b(?:\s+(?:here|with (?:this|these|the|it)|in (?:this|the))\b.*)?\W*$/i

const POINTERS = [
  NOUN,
  FOLLOWING,
  BELOW,
  OUTPUT,
  OUTPUT_OF,
  VALUE_OF,
  PASSIVE,
  THIS_DOES,
  THIS_PRINTS,
  IS_THIS,
  DO_THIS,
  MAKE_THIS,
  BUG,
  WRONG,
]

/** The question points at something to look at. */
export function pointsAtShown(text: string): boolean {
  return POINTERS.some((re) => re.test(text))
}

/** "Write …", "Implement …": a task whose one fence is more likely its solution than what it shows. */
export const TASK = /^(?:write|implement|create|build|design|define|develop|code|construct|give|provide)\b/i

/** Fewer or more items than these and a list is no set of options. */
const MIN_OPTIONS = 2
const MAX_OPTIONS = 6
const MAX_OPTION_LENGTH = 200

const LETTER = /^\s*(?:\(([A-Fa-f])\)|\[([A-Fa-f])\]|([A-Fa-f])\s*[.):-])\s*\S/

/** The option letter an item opens with: "A: …", "b) …", "(C) …", "**D.** …". */
function letterOf(text: string): string | undefined {
  const found = LETTER.exec(text)
  return (found?.[1] ?? found?.[2] ?? found?.[3])?.toLowerCase()
}

/** A short list of one-line items: maybe options; lettered A, B, C… in order, surely. */
function optionsOf(block: RootContent | undefined): {lettered: boolean} | undefined {
  if (block?.type !== 'list') return undefined
  const items = (block as List).children
  if (items.length < MIN_OPTIONS || items.length > MAX_OPTIONS) return undefined
  const texts = items.map((item) =>
    item.children.length === 1 && item.children[0]!.type === 'paragraph' ? plainText(item.children[0]!) : undefined,
  )
  if (texts.some((text) => text === undefined || text.length > MAX_OPTION_LENGTH)) return undefined
  const letters = texts.map((text) => letterOf(text!))
  const lettered = letters.every((letter, index) => letter === 'abcdef'[index])
  return {lettered}
}

/** Labels that open an answer, beside the answer labels: "Output:", "Sol:", "Correct answer:". */
const MARKER_LABEL = /^(sol|ans|output|result|expected output|correct answer|correct option|the answer)$/
/** "### Answer", "#### Answer: D", "### Sol:", "## Output". */
const ANSWER_HEADING = /^(answers?|solutions?|sol|ans|output|result)\b/
/** A summary that hides the answer: "Answer", "Show solution", "Click to see the output". */
const HIDES_ANSWER = /^$|\b(answers?|solutions?|sol|output|result|show|reveal|click|expand|see)\b/i

/** Blocks that say nothing between a question and what it shows: `<br>`, `<p>`. */
const isFiller = (block: RootContent) =>
  block.type === 'html' && htmlText(block.value) === '' && !/<\/?details\b/i.test(block.value)

/** The text of a `<details>` summary in an html block, when it opens one. */
function summaryOf(block: RootContent): string | undefined {
  if (block.type !== 'html' || !/^\s*<details\b/i.test(block.value)) return undefined
  return htmlText(/<summary\b[^>]*>([\s\S]*?)<\/summary>/i.exec(block.value)?.[1] ?? '')
}

/**
 * A block that opens the answer by its form: "sure" for a `<details>` that
 * hides the answer, an "**Answer:**" or "Output:" line, an "Answer" heading;
 * "maybe" for other `<details>` and an "Explanation:" (it may explain code that is the answer).
 */
function opensAnswer(block: RootContent | undefined): 'sure' | 'maybe' | undefined {
  if (!block) return undefined
  const summary = summaryOf(block)
  if (summary !== undefined) return HIDES_ANSWER.test(summary) ? 'sure' : 'maybe'
  if (block.type === 'heading') {
    const title = normalizeLabel(plainText(block))
    return /^explanation\b/.test(title) ? 'maybe' : ANSWER_HEADING.test(title) ? 'sure' : undefined
  }
  const label = labelOf(block)?.label
  if (label === undefined) return undefined
  if (label === 'explanation') return 'maybe'
  return isAnswerLabel(label) || MARKER_LABEL.test(label) ? 'sure' : undefined
}

/** The blocks right after a question: fences, then maybe options, then what comes next. */
interface Shape {
  start: number
  fences: number
  options?: {lettered: boolean}
  /** Where what the question shows ends, options included. */
  end: number
  /** The block at `end` opens an answer by its form (see opensAnswer). */
  marked: 'sure' | 'maybe' | undefined
}

function shapeOf(blocks: RootContent[]): Shape {
  let start = 0
  while (start < blocks.length && isFiller(blocks[start]!)) start++
  let at = start
  while (blocks[at]?.type === 'code') at++
  const fences = at - start
  const options = optionsOf(blocks[at])
  if (options) at++
  while (at < blocks.length && isFiller(blocks[at]!)) at++
  return {start, fences, ...(options ? {options} : {}), end: at, marked: opensAnswer(blocks[at])}
}

/** The series a draft is one of, for the shape its members share: its layout and its label. */
const seriesOf = (draft: Draft) => {
  const node = draft.node as {type?: string; depth?: number}
  return `${draft.layout}\n${draft.label}\n${node.type === 'heading' ? node.depth : ''}`
}

/** Fewer members of one shape than this and a series says nothing. */
const MIN_SERIES = 3

/** Code then a marked answer: the shape that, shared by most of a series, decides for every member. */
const seriesShape = (shape: Shape) => shape.fences > 0 && shape.marked === 'sure'

function split(blocks: RootContent[], shape: Shape, upTo: number, why: string): ShownSplit {
  return {shown: blocks.slice(shape.start, upTo), blocks: [...blocks.slice(0, shape.start), ...blocks.slice(upTo)], why}
}

/** What one draft shows, given whether its series shows code before its answers. */
function shownOf(draft: Draft, series: boolean): ShownSplit | undefined {
  if (draft.layout === 'code') return undefined
  const shape = shapeOf(draft.blocks)
  const {fences, options, marked} = shape
  const points = pointsAtShown(draft.text)
  const lettered = options?.lettered === true
  // Options are shown when lettered (a quiz), or when surely an answer follows them; else they may be the answer
  // (a snippet's output, line by line, then "Explanation:").
  const choices = options !== undefined && (lettered ? marked !== undefined || fences > 0 || points : marked === 'sure')
  const end = choices ? shape.end : shape.start + fences
  const what =
    fences > 0 ? (choices ? 'shows a code block and its options' : 'shows a code block') : 'shows its options'
  const bySeries = series && marked === 'sure'
  const because = points || lettered ? what : `${what}, as its series does`
  if (fences === 0)
    return choices && (points || lettered || bySeries) ? split(draft.blocks, shape, end, because) : undefined
  if (choices && (points || lettered || bySeries)) return split(draft.blocks, shape, end, because)
  if (bySeries && !points) return split(draft.blocks, shape, end, because)
  if (!points) return undefined
  // Before a marked answer all the fences are shown; else the first (the others answer: its output, a fix).
  if (marked) return split(draft.blocks, shape, end, what)
  if (TASK.test(draft.text) && fences === 1) return undefined
  return split(draft.blocks, shape, shape.start + 1, what)
}

/**
 * What each of a file's drafts shows. A series shows code when most of its
 * members (three at least) have code right after the question, then an
 * answer marked as such.
 */
export function shownSplits(drafts: Draft[]): Shows {
  const members = new Map<string, {all: number; coded: number}>()
  for (const draft of drafts) {
    const key = seriesOf(draft)
    const count = members.get(key) ?? {all: 0, coded: 0}
    count.all++
    if (draft.layout !== 'code' && seriesShape(shapeOf(draft.blocks))) count.coded++
    members.set(key, count)
  }
  return (draft) => {
    const count = members.get(seriesOf(draft))
    const series = count !== undefined && count.coded >= MIN_SERIES && count.coded * 2 > count.all
    // The answer may be in the code's own comments (fence-answers.ts).
    const split = shownOf(draft, series)
    return draft.layout === 'code' ? split : answerInCode(split, draft)
  }
}
