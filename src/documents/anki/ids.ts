/**
 * Stable Anki note ids. A note keeps its GUID across rebuilds, so importing a
 * rebuilt deck updates the note and keeps its review history. The ids live
 * beside the guide in `.studypack-ids.json` (meant to be committed with it),
 * one entry per question; a rebuild matches each question to an entry by its
 * normalised text: the same text first (answers, order and sections may all
 * change), then the nearest text above a similarity threshold (a typo or a
 * word fixed in the question). A question with no match is new: a new id.
 */
import {createHash, randomBytes} from 'node:crypto'
import {distance} from 'fastest-levenshtein'
import {normalizeQuestion} from '../../model/text.js'

export const ID_FILE = '.studypack-ids.json'

export interface IdEntry {
  guid: string
  /** The question as the guide last had it. */
  question: string
  /** Slug of its section then: breaks ties between equally near questions. */
  section: string
}

export interface IdMap {
  version: 1
  notes: IdEntry[]
}

export interface Asked {
  text: string
  section: string
}

/** Similarity from which a changed question is taken for the old one (1 − edits / length). */
const SIMILAR = 0.8
/** Within its own section a question may have changed a little more. */
const SIMILAR_IN_SECTION = 0.7

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** A new GUID: 10 characters of 62, about 59 random bits, as Anki's own are 64. */
function newGuid(): string {
  return [...randomBytes(10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

/**
 * For a guide with no folder to keep the map in (piped in): a GUID made from
 * the question's normalised text and how many times it was asked before, the
 * same on every build as long as the question is.
 */
export function textGuids(questions: Asked[]): string[] {
  const seen = new Map<string, number>()
  return questions.map((question) => {
    const key = normalizeQuestion(question.text)
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    const hash = createHash('sha1').update(`${key}\0${n}`).digest()
    return [...hash.subarray(0, 10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')
  })
}

export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - distance(a, b) / longest
}

export function emptyIdMap(): IdMap {
  return {version: 1, notes: []}
}

/** The map in a file's text; an entry without a GUID or question is dropped, a broken file is an error. */
export function parseIdMap(text: string): IdMap {
  const data: unknown = JSON.parse(text)
  const notes = (data as {notes?: unknown})?.notes
  if (!Array.isArray(notes)) throw new Error('no "notes" list')
  return {
    version: 1,
    notes: notes
      .filter(
        (entry): entry is IdEntry =>
          typeof entry?.guid === 'string' && entry.guid !== '' && typeof entry?.question === 'string',
      )
      .map((entry) => ({
        guid: entry.guid,
        question: entry.question,
        section: typeof entry.section === 'string' ? entry.section : '',
      })),
  }
}

export function formatIdMap(map: IdMap): string {
  const about =
    'studypack: the Anki note id (GUID) of each question of this guide. Commit it with the guide: rebuilt decks then update the notes in Anki instead of adding new ones. Edit a question freely; delete an entry to give its question a new note.'
  return `${JSON.stringify({about, version: map.version, notes: map.notes}, null, 2)}\n`
}

interface Candidate {
  asked: number
  entry: number
  score: number
}

/**
 * The GUID of every question, in order, and the map to keep. Old entries
 * that no question matches stay in the map (the question may come back, or be
 * in a guide file left out this time), after the guide's own.
 */
export function assignIds(
  questions: Asked[],
  old: IdMap,
  makeGuid: () => string = newGuid,
): {guids: string[]; map: IdMap} {
  const guids: Array<string | undefined> = Array.from({length: questions.length}, () => undefined)
  const used = new Set<number>()
  const keys = questions.map((question) => normalizeQuestion(question.text))
  const oldKeys = old.notes.map((entry) => normalizeQuestion(entry.question))
  const claim = (asked: number, entry: number) => {
    guids[asked] = old.notes[entry]!.guid
    used.add(entry)
  }
  // The same text: the same note, its own section first when a question is asked twice.
  for (const pass of ['section', 'any'] as const) {
    keys.forEach((key, asked) => {
      if (guids[asked] !== undefined) return
      const entry = oldKeys.findIndex(
        (oldKey, index) =>
          !used.has(index) &&
          oldKey === key &&
          (pass === 'any' || old.notes[index]!.section === questions[asked]!.section),
      )
      if (entry >= 0) claim(asked, entry)
    })
  }
  // Near text: the closest pairs first, each entry and question taken once.
  const candidates: Candidate[] = []
  keys.forEach((key, asked) => {
    if (guids[asked] !== undefined) return
    oldKeys.forEach((oldKey, entry) => {
      if (used.has(entry)) return
      const sameSection = old.notes[entry]!.section === questions[asked]!.section
      const score = similarity(key, oldKey)
      if (score >= SIMILAR || (sameSection && score >= SIMILAR_IN_SECTION))
        candidates.push({asked, entry, score: score + (sameSection ? 0.001 : 0)})
    })
  })
  candidates.sort((a, b) => b.score - a.score || a.asked - b.asked || a.entry - b.entry)
  for (const {asked, entry} of candidates) if (guids[asked] === undefined && !used.has(entry)) claim(asked, entry)
  const taken = new Set(old.notes.map((entry) => entry.guid))
  const final = guids.map((guid) => {
    if (guid !== undefined) return guid
    let fresh = makeGuid()
    while (taken.has(fresh)) fresh = makeGuid()
    taken.add(fresh)
    return fresh
  })
  const notes = [
    ...questions.map((question, index) => ({guid: final[index]!, question: question.text, section: question.section})),
    ...old.notes.filter((_entry, index) => !used.has(index)),
  ]
  return {guids: final, map: {version: 1, notes}}
}
