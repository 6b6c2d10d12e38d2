/**
 * The written cards.apkg, opened as Anki opens it (unzip, then the SQLite
 * collection through sql.js) and checked against Anki's legacy schema 11:
 * the tables and their columns as rslib/src/storage/schema11.sql has them,
 * the keys Anki's importer requires in the JSON of `col`, one note and one
 * card per question of the pack, and every media file a note or the note
 * type's CSS refers to present in the package.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fieldChecksum, stripHtml} from '../../../../src/documents/anki/apkg.js'
import {PROJECT_ROOT} from '../../../../src/core/paths.js'
import {createAnkiRun} from '../../../../src/documents/anki/run-state.js'
import {createTemplates} from '../../../../src/render/template.js'
import {bundledStudy, CONTENT} from '../../../helpers/guide.js'
import {metaFor} from '../../../helpers/cards-meta.js'
import {ankiFiles} from '../../../../src/documents/anki/deck-files.js'
import {deckOfStudy, filesOf, freshIds, NOW} from './deck-helpers.js'
import {openApkg, type OpenedPackage} from '../../../helpers/apkg.js'

const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'anki', 'guide.md')

/** Anki's schema 11 (rslib/src/storage/schema11.sql), written out here so that the test checks the module, not itself. */
const ANKI_SCHEMA_11: Record<string, string[]> = {
  col: ['id', 'crt', 'mod', 'scm', 'ver', 'dty', 'usn', 'ls', 'conf', 'models', 'decks', 'dconf', 'tags'],
  notes: ['id', 'guid', 'mid', 'mod', 'usn', 'tags', 'flds', 'sfld', 'csum', 'flags', 'data'],
  cards: [
    'id',
    'nid',
    'did',
    'ord',
    'mod',
    'usn',
    'type',
    'queue',
    'due',
    'ivl',
    'factor',
    'reps',
    'lapses',
    'left',
    'odue',
    'odid',
    'flags',
    'data',
  ],
  revlog: ['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'],
  graves: ['usn', 'oid', 'type'],
}
const ANKI_INDEXES = [
  'ix_notes_usn',
  'ix_cards_usn',
  'ix_revlog_usn',
  'ix_cards_nid',
  'ix_cards_sched',
  'ix_revlog_cid',
  'ix_notes_csum',
]

/** Keys Anki's schema 11 readers require (rslib/src/notetype/schema11.rs, rslib/src/decks/schema11.rs). */
const NOTETYPE_KEYS = ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']
const FIELD_KEYS = ['name', 'ord', 'sticky', 'rtl', 'font', 'size']
const TEMPLATE_KEYS = ['name', 'ord', 'qfmt', 'afmt']
const DECK_KEYS = ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf']
/** rslib/src/deckconfig/schema11.rs: an options group without these fails the collection's upgrade on import. */
const DECK_CONFIG_KEYS = {
  top: ['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse'],
  new: ['delays', 'initialFactor', 'ints', 'order', 'perDay'],
  rev: ['ease4', 'ivlFct', 'maxIvl', 'perDay'],
  lapse: ['delays', 'leechAction', 'leechFails', 'minInt', 'mult'],
}

interface Col {
  ver: number
  models: string
  decks: string
  dconf: string
  conf: string
}

function mediaRefs(html: string): string[] {
  return [...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!)
}

describe('cards.apkg of the fixture guide', () => {
  let opened: OpenedPackage
  let deckCards: number
  let col: Col

  beforeAll(async () => {
    const {deck, files} = await filesOf(FIXTURE)
    deckCards = deck.cards.length
    opened = await openApkg(files.apkg)
    col = opened.rows('select * from col')[0] as unknown as Col
  })

  it('holds the collection in schema 11: the tables, columns and indexes of Anki', () => {
    expect(Object.keys(opened.files).sort()).toEqual(expect.arrayContaining(['collection.anki2', 'media']))
    const tables = opened
      .rows("select name from sqlite_master where type = 'table' order by name")
      .map((row) => row.name)
    expect(tables).toEqual(Object.keys(ANKI_SCHEMA_11).sort())
    for (const [table, columns] of Object.entries(ANKI_SCHEMA_11)) {
      const info = opened.rows(`pragma table_info(${table})`)
      expect(
        info.map((row) => row.name),
        table,
      ).toEqual(columns)
      expect(
        info.every((row) => row.notnull === 1 || row.pk === 1),
        table,
      ).toBe(true)
    }
    const indexes = opened.rows("select name from sqlite_master where type = 'index'").map((row) => row.name)
    expect(indexes).toEqual(expect.arrayContaining(ANKI_INDEXES))
    expect(opened.rows('select count(*) as n from col')[0]!.n).toBe(1)
    expect(col.ver).toBe(11)
  })

  it('names the note type "studypack Q&A" with its five fields and one template', () => {
    const models = JSON.parse(col.models) as Record<string, Record<string, unknown>>
    const [id, model] = Object.entries(models)[0]!
    expect(Object.keys(models)).toHaveLength(1)
    for (const key of NOTETYPE_KEYS) expect(model, key).toHaveProperty(key)
    expect(String(model.id)).toBe(id)
    expect(model.name).toBe('studypack Q&A')
    const fields = model.flds as Array<Record<string, unknown>>
    expect(fields.map((field) => field.name)).toEqual(['Front', 'Back', 'Section', 'Kind', 'Source'])
    fields.forEach((field, ord) => {
      for (const key of FIELD_KEYS) expect(field, key).toHaveProperty(key)
      expect(field.ord).toBe(ord)
    })
    const [template] = model.tmpls as Array<Record<string, string>>
    for (const key of TEMPLATE_KEYS) expect(template, key).toHaveProperty(key)
    expect(template!.qfmt).toContain('{{Front}}')
    expect(template!.afmt).toContain('{{Back}}')
    expect(template!.afmt).toContain('<hr id="answer">')
    expect(model.css).toContain('.nightMode')
    expect(model.css).toContain('.hljs-keyword')
    expect(opened.rows('select distinct mid from notes').map((row) => String(row.mid))).toEqual([id])
  })

  it('creates the deck <guide title>::<pack> and its parent, with the default options', () => {
    const decks = JSON.parse(col.decks) as Record<string, Record<string, unknown>>
    for (const deck of Object.values(decks)) for (const key of DECK_KEYS) expect(deck, key).toHaveProperty(key)
    const names = Object.values(decks).map((deck) => deck.name)
    expect(names).toEqual(expect.arrayContaining(['Default', 'Practice Guide', 'Practice Guide::All roles']))
    const target = Object.values(decks).find((deck) => deck.name === 'Practice Guide::All roles')!
    expect(opened.rows('select distinct did from cards').map((row) => row.did)).toEqual([target.id])
    const options = (JSON.parse(col.dconf) as Record<string, Record<string, Record<string, unknown>>>)['1']!
    for (const key of DECK_CONFIG_KEYS.top) expect(options, key).toHaveProperty(key)
    for (const part of ['new', 'rev', 'lapse'] as const)
      for (const key of DECK_CONFIG_KEYS[part]) expect(options[part], `${part}.${key}`).toHaveProperty(key)
    expect(options.id).toBe(target.conf)
    expect(JSON.parse(col.conf)).toMatchObject({curDeck: target.id})
  })

  it('has one note and one new card per question, due in deck order', () => {
    const notes = opened.rows('select * from notes order by id')
    const cards = opened.rows('select * from cards order by due')
    expect(notes).toHaveLength(deckCards)
    expect(cards).toHaveLength(deckCards)
    expect(new Set(notes.map((note) => note.guid)).size).toBe(deckCards)
    expect(cards.map((card) => card.nid)).toEqual(notes.map((note) => note.id))
    expect(cards.map((card) => [card.ord, card.type, card.queue, card.reps])).toEqual(cards.map(() => [0, 0, 0, 0]))
    expect(cards.map((card) => card.due)).toEqual(cards.map((_card, index) => index + 1))
    for (const note of notes) {
      const fields = String(note.flds).split('\x1f')
      expect(fields).toHaveLength(5)
      expect(note.sfld).toBe(stripHtml(fields[0]!))
      expect(note.csum).toBe(
        Number.parseInt(createHash('sha1').update(stripHtml(fields[0]!)).digest('hex').slice(0, 8), 16),
      )
      expect(note.mod).toBe(Math.floor(NOW / 1000))
      expect(String(note.tags)).toMatch(/^ (\S+ )+$/)
      expect(fields.every((field) => field.trim() !== '')).toBe(true)
    }
  })

  it('carries every image a note shows, referred to by its bare name, and the fonts its CSS names', () => {
    const names = new Set(Object.values(opened.media))
    for (const [entry, name] of Object.entries(opened.media)) {
      expect(opened.files[entry], name).toBeDefined()
      expect(name).not.toMatch(/[/\\]/)
    }
    const fields = opened.rows('select flds from notes').flatMap((row) => String(row.flds).split('\x1f'))
    const images = fields.flatMap(mediaRefs)
    expect(images).toEqual(['matrix.png'])
    for (const image of images) expect(names.has(image), image).toBe(true)
    const imageEntry = Object.entries(opened.media).find(([, name]) => name === 'matrix.png')![0]
    expect([...opened.files[imageEntry]!.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47])
    const css = String((Object.values(JSON.parse(col.models))[0] as {css: string}).css)
    const fonts = [...css.matchAll(/url\("([^"]+)"\)/g)].map((match) => match[1]!)
    expect(fonts.length).toBeGreaterThan(8)
    for (const font of fonts) {
      expect(font.startsWith('_'), font).toBe(true)
      expect(names.has(font), font).toBe(true)
    }
    expect(fields.join('')).not.toMatch(/file:|src="\//)
  })

  it('writes math as \\( \\) and \\[ \\], highlights code, and gives questions to ask a helpful back', () => {
    const notes = opened.rows('select flds from notes').map((row) => String(row.flds).split('\x1f'))
    const back = (start: string) => notes.find((fields) => fields[0]!.startsWith(start))![1]!
    expect(back('How is the sigmoid')).toContain('\\[\\sigma(x) = \\frac{1}{1 + e^{-x}}\\]')
    expect(back('How is the sigmoid')).toContain('\\(x &#x3C; 0\\)')
    expect(back('How is the sigmoid')).not.toContain('katex')
    expect(notes.map((fields) => fields[0])).toContain(
      'How is the sigmoid \\(\\sigma(x)\\) defined, and why is \\(x &#x3C; 0\\) below one half?',
    )
    expect(back('How would you write')).toMatch(
      /<pre class="code-lines"><code class="hljs language-python"><span class="line" style="--indent:0ch"><span class="hljs-keyword">def<\/span>/,
    )
    const ask = back('What are the biggest technical challenges')
    expect(ask).toContain('Why ask it:')
    expect(ask).toContain('Listen for:')
    expect(ask).toContain('class="sp-notes"')
    expect(back('Tell me about a time')).toContain('<b>Situation</b>')
    expect(back('How do you check that a linked list')).toContain('two pointers')
  })

  it('sets the field checksum as Anki does: tags stripped, image names kept', () => {
    expect(stripHtml('<b>a</b> &amp; <img src="x.png"> b')).toBe('a &  x.png  b')
    expect(fieldChecksum('<i>hello</i>')).toBe(
      Number.parseInt(createHash('sha1').update('hello').digest('hex').slice(0, 8), 16),
    )
  })
})

describe('cards.apkg of the bundled guide', () => {
  it('has exactly the questions of the pack as notes, with the tags of the text export', async () => {
    const study = await bundledStudy()
    const deck = deckOfStudy(study, metaFor(study, 'ml-engineer'))
    const files = await ankiFiles({
      deck,
      guide: study.guide,
      guids: freshIds(deck),
      html: {baseDir: CONTENT},
      run: {templates: createTemplates(), anki: createAnkiRun()},
      now: NOW,
    })
    const opened = await openApkg(files.apkg)
    const notes = opened.rows('select flds, tags from notes order by id')
    expect(notes.map((note) => stripHtml(String(note.flds).split('\x1f')[0]!))).toEqual(
      deck.cards.map((card) => card.question.text),
    )
    expect(notes.map((note) => String(note.tags).trim())).toEqual(deck.cards.map((card) => card.tags.join(' ')))
    const decks = Object.values(JSON.parse(String(opened.rows('select decks from col')[0]!.decks))).map(
      (entry) => (entry as {name: string}).name,
    )
    expect(decks).toContain('Interview Preparation for AI/ML Roles::ML Engineer')
  })
})
