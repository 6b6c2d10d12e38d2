/**
 * What the Anki document keeps for a run, in the run's context (run/context.ts)
 * like every cache: each guide's id map, read and written once for all packs;
 * the answers as TeX, so that every pack's notes hit the run's HTML cache;
 * the note type with its fonts; the WebAssembly SQLite module.
 */
import type {RootContent} from 'mdast'
import type {SqlJsStatic} from 'sql.js'
import type {Guide} from '../../model/types.js'
import type {GuideIds} from './id-store.js'
import type {NoteType} from './note-type.js'

export interface AnkiRun {
  ids: Map<Guide, Promise<GuideIds>>
  /** Id map warnings already reported: said once a run, not once a pack. */
  warned: Set<GuideIds>
  tex: WeakMap<RootContent[], RootContent[]>
  formulas: WeakMap<Guide, Map<string, string[]>>
  noteType: NoteType | null
  sqlJs: Promise<SqlJsStatic> | null
  /** Each note's plain text (for the CSV), by its HTML. */
  plain: Map<string, string>
}

export function createAnkiRun(): AnkiRun {
  return {
    ids: new Map(),
    warned: new Set(),
    tex: new WeakMap(),
    formulas: new WeakMap(),
    noteType: null,
    sqlJs: null,
    plain: new Map(),
  }
}
