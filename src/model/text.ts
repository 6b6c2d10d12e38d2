/** Plain text of mdast nodes as a reader sees it, and the cleaning of question text. */
import type {Nodes} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {DIFFICULTY_TAGS, NUMBER_PREFIX, QUESTION_PREFIX, QUESTION_WORDING, TITLE_PREFIX} from './labels.js'
import type {Difficulty} from './types.js'

/**
 * Text read before, per node: the finder asks for a block's text again in
 * every rule that looks at it (about four times a node on the bundled guide).
 * The model never changes the tree it reads, so a node's text stays its text.
 */
const nodeTexts = new WeakMap<Nodes, string>()
const plainTexts = new WeakMap<Nodes, string>()

/** The text of one node; a hard line break (`\` or two spaces at a line's end) reads as the space it shows. */
function textOf(node: Nodes): string {
  if (node.type === 'break') return ' '
  if (!('children' in node)) return toString(node, {includeHtml: false})
  let text = nodeTexts.get(node)
  if (text === undefined) {
    text = node.children.map((child) => textOf(child as Nodes)).join('')
    nodeTexts.set(node, text)
  }
  return text
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim()

/** No raw HTML, white space folded. */
export function plainText(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return folded(node.map(textOf).join(''))
  let text = plainTexts.get(node)
  if (text === undefined) {
    text = folded(textOf(node))
    plainTexts.set(node, text)
  }
  return text
}

/**
 * A function of one string, remembering its last few thousand answers: the
 * same labels and titles are cleaned and compared for every question under
 * them. Bounded, so that a long `--all` run does not keep every guide's text.
 */
function remembered<T>(compute: (text: string) => T, size = 4096): (text: string) => T {
  let seen = new Map<string, T>()
  return (text) => {
    let value = seen.get(text)
    if (value === undefined) {
      if (seen.size >= size) seen = new Map()
      value = compute(text)
      seen.set(text, value)
    }
    return value
  }
}

/**
 * The text of an HTML fragment: tags dropped, entities decoded, white space
 * folded. `&amp;` is decoded last, so that "&amp;lt;" reads "&lt;", not "<".
 */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\uFE0F\u200D\u20E3]/gu
const QUOTE = `["'“”‘’«»]`
/** Quotes around the whole text ("\"Tell me about yourself.\""); one at one end only belongs to the text (`''%1`). */
const ENCLOSING = new RegExp(`^${QUOTE}+([\\s\\S]*?)${QUOTE}+$`)
const unquote = (text: string) => text.replace(ENCLOSING, '$1')

export function stripEmoji(text: string): string {
  return text.replace(EMOJI, '').replace(/\s+/g, ' ').trim()
}

export interface QuestionText {
  text: string
  difficulty: Difficulty | null
  /** How the text was numbered: "Q1:" (question), "12)" (number), or not at all. */
  numbered: 'question' | 'number' | null
}

function takeDifficulty(text: string): {text: string; difficulty: Difficulty | null} {
  for (const {difficulty, tag} of DIFFICULTY_TAGS) {
    if (tag.test(text)) return {text: text.replace(tag, ' '), difficulty}
  }
  return {text, difficulty: null}
}

/** Keycap numbers ("3️⃣") read as the number they show; footnote marks and heading ids are not text. */
function withoutMarks(raw: string): string {
  return raw
    .replace(/(\d)\uFE0F?\u20E3\s*/gu, '$1. ')
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/\s*\{#[\w.:-]+\}/g, '')
}

/** Strip what is not the question: emoji, difficulty tags, numbering, quotes, a trailing colon. */
export function cleanQuestionText(raw: string): QuestionText {
  return {...cleaned(raw)}
}

const cleaned = remembered(cleanText)

function cleanText(raw: string): QuestionText {
  const {text: untagged, difficulty} = takeDifficulty(stripEmoji(withoutMarks(raw)))
  // An emoji taken from between a word and its "?" leaves a space behind: "Why 🤖?" → "Why?".
  let text = untagged
    .replace(/\s+/g, ' ')
    .replace(/ ([?!:])(?=\s|$)/g, '$1')
    .trim()
  let numbered: QuestionText['numbered'] = null
  // "1. Q1: …" happens: a list's number around the guide's own.
  if (NUMBER_PREFIX.test(text)) [text, numbered] = [text.replace(NUMBER_PREFIX, ''), 'number']
  if (QUESTION_PREFIX.test(text)) [text, numbered] = [text.replace(QUESTION_PREFIX, ''), 'question']
  // "Question 7" alone is a numbered title: the question itself is below it.
  else if (/^q(?:uestion)?\s*#?\s*\d+\s*[:.)]?$/i.test(text)) [text, numbered] = ['', 'question']
  else if (TITLE_PREFIX.test(text)) [text, numbered] = [text.replace(TITLE_PREFIX, ''), numbered ?? 'number']
  text = unquote(unquote(text).replace(/\s*:$/, '')).trim()
  return {text, difficulty, numbered}
}

/**
 * "What is X? (Google, 2019)" → the question and its source tag, kept as
 * metadata: a closing parenthetical that names a year, or "asked at …".
 */
export function splitSourceTag(text: string): {text: string; meta: string[]} {
  const tag = /\s*[([]\s*([^()[\]]*(?:\b(?:19|20)\d{2}\b|\basked (?:at|by|in)\b)[^()[\]]*)\s*[)\]]\s*$/i.exec(text)
  if (!tag || tag.index === 0) return {text, meta: []}
  return {text: text.slice(0, tag.index).trim(), meta: [tag[1]!.trim()]}
}

/** Ends in "?" or opens like a question ("Explain …", "How do …"). */
export function readsAsQuestion(text: string): boolean {
  const clean = cleanQuestionText(text).text
  return clean.length > 1 && (/[?？]["'”’)]*$/.test(clean) || QUESTION_WORDING.test(clean))
}

/**
 * The one text normaliser: every comparison of text in the model goes
 * through it. NFKC, no emoji, lower case, white space folded; then what else
 * does not count depends on what is compared:
 * - `label`: punctuation (and numbering) at the ends ("**1. Key Questions:**" → "key questions");
 * - `term`: every character but letters, digits, "+" and "#" (so "C++" and "C#" stay apart);
 * - `question`: also the question's numbering, tags and quotes, as cleanQuestionText strips them.
 */
function normalizeText(text: string, mode: 'label' | 'term' | 'question'): string {
  const base = text.normalize('NFKC')
  if (mode === 'question')
    return cleanQuestionText(base)
      .text.toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/[^\p{L}\p{N}$]+/gu, ' ')
      .trim()
  const folded = base.replace(EMOJI, '').toLowerCase().replace(/\s+/g, ' ')
  if (mode === 'term') return folded.replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim()
  return folded.replace(/^[\s\p{P}\d]+|[\s\p{P}]+$/gu, '')
}

/** The text an answer key and a guide are matched by: case, punctuation, emoji and numbering aside. */
export const normalizeQuestion = remembered((text) => normalizeText(text, 'question'))

/** Lower case, no emoji, no punctuation at the ends: "**Key Questions:**" → "key questions". */
export const normalizeLabel = remembered((text) => normalizeText(text, 'label'))

/** Glossary terms: case, punctuation and spacing do not count. */
export const normalizeTerm = remembered((text) => normalizeText(text, 'term'))

/** Titles and topics compared as one word: "Few-shot Learning:" and "few shot learning" are the same. */
export const squeezeTerm = (text: string) => normalizeTerm(text).replace(/\s+/g, '')
