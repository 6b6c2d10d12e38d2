/**
 * The two text files of a deck, written with csv-stringify. cards.anki.txt
 * is Anki's text import: its header lines name the separator, the note type
 * and the columns that hold the GUID, the deck and the tags, and say to
 * update a note whose GUID matches, so that importing a rebuilt file updates
 * the notes. cards.csv is the same cards as plain text for other apps.
 */
import {stringify} from 'csv-stringify/sync'
import type {Card} from '../cards/deck.js'
import {NOTE_TYPE_NAME} from './note-type.js'
import type {Note} from './notes.js'

/**
 * One line of HTML: newlines inside <pre> become <br>, all others, and tabs,
 * spaces. Anki's reader takes quoted fields over several lines, but one note
 * a line keeps the file readable and safe for any line-based tool.
 */
export function singleLineHtml(html: string): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/)
    .map((chunk) =>
      chunk.startsWith('<pre')
        ? chunk.replace(/\r?\n|\r/g, '<br>').replace(/\t/g, '    ')
        : chunk.replace(/[ \t\r\n]+/g, ' '),
    )
    .join('')
    .trim()
}

/** GUID, deck, the five fields, tags: the column labels map the fields by name onto any note type that has them. */
const ANKI_COLUMNS = ['GUID', 'Deck', 'Front', 'Back', 'Section', 'Kind', 'Source', 'Tags']

function ankiHeader(): string[] {
  return [
    '#separator:Tab',
    '#html:true',
    `#notetype:${NOTE_TYPE_NAME}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    '#guid column:1',
    '#deck column:2',
    `#tags column:${ANKI_COLUMNS.length}`,
    '#if matches:update current',
  ]
}

/** cards.anki.txt: the header, then one note a line, every field quoted, its HTML on one line. */
export function ankiText(notes: Note[]): string {
  const records = notes.map((note) => [note.guid, note.deck, ...note.fields.map(singleLineHtml), note.tags.join(' ')])
  const body = stringify(records, {delimiter: '\t', quoted: true, record_delimiter: '\n'})
  return `${ankiHeader().join('\n')}\n${body}`
}

export interface PlainCard {
  card: Card
  question: string
  answer: string
}

/** cards.csv: question, answer, tags, section, kind; a header row, CRLF (RFC 4180); a field opening with `#` quoted, never read as a comment. */
export function csvText(cards: PlainCard[]): string {
  const rows = cards.map(({card, question, answer}) => [
    question,
    answer,
    card.tags.join(' '),
    card.section.title,
    card.category,
  ])
  return stringify([['question', 'answer', 'tags', 'section', 'kind'], ...rows], {
    record_delimiter: '\r\n',
    quoted_match: [/^[#\s]/, /\s$/, /[\r\n]/],
  })
}
