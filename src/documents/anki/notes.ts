/**
 * The deck's cards as Anki notes of the "studypack Q&A" type: the HTML of
 * each field (Front, Back, Section, Kind, Source), the tags and the deck. The
 * .apkg and the text import are both written from these, so they carry the
 * same notes with the same GUIDs.
 */
import {helpOf, type Card, type Deck} from '../cards/deck.js'
import {texMath} from './tex-math.js'
import {toHtml, type HtmlOptions} from '../../render/html.js'
import type {Templates} from '../../render/template.js'
import type {Guide} from '../../model/types.js'
import {askBackOf} from './ask-them.js'
import type {AnkiRun} from './run-state.js'
import {questionWithMath} from './front-math.js'
import {noteHtml, type MediaNames} from './note-html.js'

export interface Note {
  guid: string
  /** Front, Back, Section, Kind, Source: HTML. */
  fields: string[]
  tags: string[]
  deck: string
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The run's templates, and what the Anki document keeps for the run. */
export interface NoteRun {
  templates: Templates
  anki: AnkiRun
}

/**
 * The front: the question, its formulas as TeX between \\( \\); before it
 * the title it was asked under and the stem it belongs to, when it has them,
 * and after it what it shows (the code it asks about, its options), so that
 * the note makes sense on its own.
 */
export function frontHtml(card: Card, guide: Guide, run: NoteRun, html: HtmlOptions): string {
  const {title, context, shown} = card.question
  const question = escapeHtml(questionWithMath(card.question, guide, run.anki.formulas))
  if (!title && !context && !shown?.length) return question
  return [
    title ? `<div class="sp-title">${escapeHtml(title)}</div>` : '',
    context ? `<div class="sp-context">${escapeHtml(context)}</div>` : '',
    `<div class="sp-asks">${question}</div>`,
    shown?.length ? `<div class="sp-shown">${toHtml(texMath(shown, run.anki.tex), html)}</div>` : '',
  ].join('')
}

/** The back: the answer; else what helps instead (a STAR scaffold, why to ask it, related topics) and room for notes. */
export function backHtml(card: Card, html: HtmlOptions, run: NoteRun): string {
  const help = helpOf(card)
  const reverse = card.question.kind === 'reverse'
  const view = {
    answerHtml: help.kind === 'answer' ? toHtml(texMath(help.blocks, run.anki.tex), html) : '',
    hintHtml:
      help.kind !== 'answer' && card.question.hint ? toHtml(texMath(card.question.hint, run.anki.tex), html) : '',
    star: help.kind === 'star',
    ask: help.kind !== 'answer' && reverse ? askBackOf(card.question.text) : null,
    topics: help.kind === 'topics' && !reverse ? help.topics : [],
  }
  return run.templates.render('anki-back', view).trim()
}

/** Where the card comes from: the guide file and line, and the answer key when the answer is from there. */
function sourceText(card: Card): string {
  const {file, line} = card.question.position
  const where = line ? `${file}, line ${line}` : file
  return card.question.answerFrom === 'key' ? `${where} · answer from the answer key` : where
}

export interface NoteContext {
  deck: Deck
  guide: Guide
  guid: string
  html: HtmlOptions
  run: NoteRun
  media: MediaNames
}

export function noteOf(card: Card, {deck, guide, guid, html, run, media}: NoteContext): Note {
  return {
    guid,
    fields: [
      noteHtml(frontHtml(card, guide, run, html), media),
      noteHtml(backHtml(card, html, run), media),
      escapeHtml(card.section.title),
      escapeHtml(card.category),
      escapeHtml(sourceText(card)),
    ],
    tags: card.tags,
    deck: deck.name,
  }
}
