/**
 * Anki's collection in the legacy schema, version 11: the tables and the JSON
 * of the `col` row that every Anki since 2.1 imports from a `.apkg` (the
 * package's `collection.anki2`). Written from Anki's own definition
 * (rslib/src/storage/schema11.sql) and the keys its importer requires
 * (rslib/src/notetype/schema11.rs, rslib/src/decks/schema11.rs): only this
 * module knows what the tables look like.
 */

export const SCHEMA_VERSION = 11

export const SCHEMA_SQL = `
create table col (
  id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null,
  conf text not null, models text not null, decks text not null, dconf text not null, tags text not null
);
create table notes (
  id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null,
  csum integer not null, flags integer not null, data text not null
);
create table cards (
  id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null,
  due integer not null, ivl integer not null, factor integer not null, reps integer not null,
  lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null
);
create table revlog (
  id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null
);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`

/** Anki's separator of the fields inside `notes.flds`. */
export const FIELD_SEPARATOR = '\x1f'

export interface NoteTypeSpec {
  id: number
  name: string
  fields: string[]
  /** The one card template: question and answer formats (Anki's mustache). */
  front: string
  back: string
  css: string
}

export interface DeckSpec {
  id: number
  name: string
  description: string
}

/** A note type ("model") as schema 11 stores it; field 0 is the sort field and the one a card needs. */
export function modelJson(type: NoteTypeSpec, deckId: number, mod: number): object {
  return {
    id: type.id,
    name: type.name,
    type: 0,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      {name: 'Card 1', ord: 0, qfmt: type.front, afmt: type.back, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0},
    ],
    flds: type.fields.map((name, ord) => ({name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: []})),
    css: type.css,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'all', [0]]],
    tags: [],
    vers: [],
  }
}

/** A normal deck with the default options group (id 1, which every collection has). */
export function deckJson(deck: DeckSpec, mod: number): object {
  return {
    id: deck.id,
    name: deck.name,
    desc: deck.description,
    mod,
    usn: -1,
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  }
}

/** Anki's defaults for the options group every deck here uses. */
export function deckConfigJson(): object {
  return {
    1: {
      id: 1,
      name: 'Default',
      mod: 0,
      usn: 0,
      dyn: false,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      new: {bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20, separate: true},
      lapse: {delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0},
      rev: {bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, minSpace: 1, fuzz: 0.05, hardFactor: 1.2},
    },
  }
}

export function collectionConfigJson(deckId: number, modelId: number): object {
  return {
    activeDecks: [deckId],
    curDeck: deckId,
    curModel: modelId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    nextPos: 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  }
}

/** The Default deck (id 1): a collection always has it. */
export const DEFAULT_DECK: DeckSpec = {id: 1, name: 'Default', description: ''}
