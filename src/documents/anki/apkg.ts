/**
 * An Anki package (.apkg): a zip holding the collection `collection.anki2`
 * (SQLite, legacy schema 11, made in memory with sql.js: WebAssembly, no
 * native build), the `media` map (JSON: zip entry name → file name) and the
 * media files as entries "0", "1", … (fflate). What the tables hold is in
 * schema.ts; this module only fills them.
 */
import {createHash} from 'node:crypto'
import {strToU8, zipSync, type Zippable} from 'fflate'
import initSqlJs, {type SqlJsStatic} from 'sql.js'
import {
  collectionConfigJson,
  DEFAULT_DECK,
  deckConfigJson,
  deckJson,
  FIELD_SEPARATOR,
  modelJson,
  SCHEMA_SQL,
  SCHEMA_VERSION,
  type DeckSpec,
  type NoteTypeSpec,
} from './schema.js'

export interface PackageNote {
  guid: string
  /** HTML of each field, in the note type's order. */
  fields: string[]
  tags: string[]
  deckId: number
}

export interface MediaFile {
  /** The bare file name the fields refer to. */
  name: string
  data: Uint8Array
}

export interface PackageInput {
  /** The run's WebAssembly SQLite module, loaded on first use. */
  state: {sqlJs: Promise<SqlJsStatic> | null}
  noteType: NoteTypeSpec
  /** Every deck the notes use, parents included (Anki creates them by name). */
  decks: DeckSpec[]
  notes: PackageNote[]
  media: MediaFile[]
  /** Milliseconds since the epoch: the notes' and cards' time of change, and the base of their ids. */
  now: number
}

/** Text of a field as Anki sorts and checksums it: tags out, image names kept, entities decoded. */
export function stripHtml(html: string): string {
  return decodeEntities(
    html
      .replace(/<img[^>]*?\ssrc=(["'])(.*?)\1[^>]*>/gi, ' $2 ')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  ).trim()
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'}
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)))
    return named[entity.toLowerCase()] ?? whole
  })
}

/** Anki's field checksum: the first 8 hex digits of the SHA-1 of the stripped field, as a number. */
export function fieldChecksum(html: string): number {
  return Number.parseInt(createHash('sha1').update(stripHtml(html)).digest('hex').slice(0, 8), 16)
}

function collectionRow(input: PackageInput, seconds: number): unknown[] {
  const target = input.decks.at(-1) ?? DEFAULT_DECK
  const decks = Object.fromEntries(
    [DEFAULT_DECK, ...input.decks].map((deck) => [String(deck.id), deckJson(deck, seconds)]),
  )
  const models = {[String(input.noteType.id)]: modelJson(input.noteType, target.id, seconds)}
  const dayStart = Math.floor(seconds / 86_400) * 86_400
  return [
    1,
    dayStart,
    input.now,
    input.now,
    SCHEMA_VERSION,
    0,
    0,
    0,
    JSON.stringify(collectionConfigJson(target.id, input.noteType.id)),
    JSON.stringify(models),
    JSON.stringify(decks),
    JSON.stringify(deckConfigJson()),
    '{}',
  ]
}

/** The collection file: one note and one new card per question, due in deck order. */
async function collectionBytes(input: PackageInput): Promise<Uint8Array> {
  input.state.sqlJs ??= initSqlJs()
  const SQL = await input.state.sqlJs
  const db = new SQL.Database()
  try {
    const seconds = Math.floor(input.now / 1000)
    db.exec(SCHEMA_SQL)
    db.run('insert into col values (?,?,?,?,?,?,?,?,?,?,?,?,?)', collectionRow(input, seconds) as never)
    const note = db.prepare('insert into notes values (?,?,?,?,?,?,?,?,?,?,?)')
    const card = db.prepare('insert into cards values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)')
    db.exec('begin')
    input.notes.forEach((entry, index) => {
      const noteId = input.now + index
      const tags = entry.tags.length ? ` ${entry.tags.join(' ')} ` : ''
      const front = entry.fields[0] ?? ''
      note.run([
        noteId,
        entry.guid,
        input.noteType.id,
        seconds,
        -1,
        tags,
        entry.fields.join(FIELD_SEPARATOR),
        stripHtml(front),
        fieldChecksum(front),
        0,
        '',
      ])
      card.run([noteId, noteId, entry.deckId, 0, seconds, -1, 0, 0, index + 1, 0, 0, 0, 0, 0, 0, 0, 0, ''])
    })
    db.exec('commit')
    note.free()
    card.free()
    return db.export()
  } finally {
    db.close()
  }
}

/** The .apkg: collection, media map, media files (stored, not deflated again: they are compressed already). */
export async function apkgBytes(input: PackageInput): Promise<Uint8Array> {
  const names = new Set<string>()
  for (const file of input.media) {
    if (names.has(file.name)) throw new Error(`two media files named ${file.name}`)
    names.add(file.name)
  }
  const entries: Zippable = {'collection.anki2': await collectionBytes(input)}
  const map: Record<string, string> = {}
  input.media.forEach((file, index) => {
    map[String(index)] = file.name
    entries[String(index)] = [file.data, {level: 0}]
  })
  entries.media = strToU8(JSON.stringify(map))
  return zipSync(entries, {level: 6, mtime: new Date(input.now)})
}

/** A stable id for a name (a deck, the note type): the same on every build, so Anki recognises it. */
export function stableId(name: string): number {
  const hash = createHash('sha1').update(`studypack:${name}`).digest()
  // 1e12 … 2^53: above the ids Anki makes for decks itself (epoch milliseconds are ~1.7e12, but distinct by hash).
  return 1_000_000_000_000 + (hash.readUIntBE(0, 6) % 8_000_000_000_000)
}
