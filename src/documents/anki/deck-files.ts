/**
 * One pack's deck as its three flashcard files: cards.apkg (the notes, the
 * note type with its fonts, the images), cards.anki.txt (the same notes for
 * Anki's text import) and cards.csv (plain text).
 */
import {readFile} from 'node:fs/promises'
import type {Deck} from '../cards/deck.js'
import type {Guide, Question} from '../../model/types.js'
import type {HtmlOptions} from '../../render/html.js'
import {apkgBytes, stableId, type MediaFile} from './apkg.js'
import {MediaNames} from './note-html.js'
import {noteType} from './note-type.js'
import {backHtml, frontHtml, type NoteRun, noteOf} from './notes.js'
import {htmlToPlainText} from './plain-text.js'
import type {AnkiRun} from './run-state.js'

/** A note's plain text, read from its HTML once a run: the packs of a batch share most notes. */
function plainTextOf(html: string, state: AnkiRun): string {
  let text = state.plain.get(html)
  if (text === undefined) {
    if (state.plain.size >= 20_000) state.plain.clear()
    state.plain.set(html, (text = htmlToPlainText(html)))
  }
  return text
}
import type {DeckSpec} from './schema.js'
import {ankiText, csvText} from './text-files.js'

export interface AnkiFiles {
  apkg: Uint8Array
  text: string
  csv: string
}

/** "Guide::Pack" and its parent "Guide": Anki nests decks by name, and a package names each deck it uses. */
function deckSpecs(name: string, description: string): DeckSpec[] {
  const parts = name.split('::')
  return parts.map((_part, index) => {
    const full = parts.slice(0, index + 1).join('::')
    return {id: stableId(`deck ${full}`), name: full, description: index === parts.length - 1 ? description : ''}
  })
}

export interface DeckInput {
  deck: Deck
  /** The guide the deck was selected from: where the questions' formulas are read (front-math.ts). */
  guide: Guide
  guids: Map<Question, string>
  html: HtmlOptions
  /** The run's templates and what the Anki document keeps for the run. */
  run: NoteRun
  /** Milliseconds since the epoch: the notes' time of change. */
  now: number
}

export async function ankiFiles({deck, guide, guids, html, run, now}: DeckInput): Promise<AnkiFiles> {
  const type = noteType(run.anki)
  const media = new MediaNames(type.fonts.map((font) => font.name))
  const notes = deck.cards.map((card) => {
    const guid = guids.get(card.question)
    if (!guid) throw new Error(`no Anki id for the question "${card.question.text}"`)
    return noteOf(card, {deck, guide, guid, html, run, media})
  })
  const images: MediaFile[] = await Promise.all(
    [...media.byFile].map(async ([file, name]) => ({name, data: await readFile(file)})),
  )
  const decks = deckSpecs(deck.name, `${deck.cards.length} questions for ${deck.label}, made by studypack.`)
  const target = decks.at(-1)!.id
  const apkg = await apkgBytes({
    noteType: type.spec,
    decks,
    notes: notes.map((note) => ({guid: note.guid, fields: note.fields, tags: note.tags, deckId: target})),
    media: [...type.fonts, ...images],
    now,
    state: run.anki,
  })
  const text = (noteHtml: string) => plainTextOf(noteHtml, run.anki)
  const plain = deck.cards.map((card) => ({
    card,
    question: text(frontHtml(card, guide, run, html)),
    answer: text(backHtml(card, html, run)),
  }))
  return {apkg, text: ankiText(notes), csv: csvText(plain)}
}
