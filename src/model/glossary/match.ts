/**
 * Match topic-list items to glossary entries. Both sides are compared as
 * normalized text: case, punctuation and spacing do not count, and a trailing
 * parenthetical ("Gradient Boosting (XGBoost, LightGBM)") may be left off on
 * either side, so a guide that writes the short form still finds its entry.
 */
import {normalizeTerm} from '../text.js'
import type {PartItem} from '../types.js'
import type {GlossaryEntry} from './parse.js'

export {normalizeTerm}

const withoutParenthetical = (text: string) => text.replace(/\s*\([^()]*\)\s*$/, '')

export interface GlossaryIndex {
  entries: GlossaryEntry[]
  lookup(item: Pick<PartItem, 'text' | 'term'>): GlossaryEntry | undefined
}

/** Exact keys (term, aliases) win over loose ones (parenthetical dropped). */
export function indexGlossary(entries: GlossaryEntry[]): GlossaryIndex {
  const exact = new Map<string, GlossaryEntry>()
  const loose = new Map<string, GlossaryEntry>()
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) {
      if (!exact.has(normalizeTerm(name))) exact.set(normalizeTerm(name), entry)
    }
    const short = normalizeTerm(withoutParenthetical(entry.term))
    if (!loose.has(short)) loose.set(short, entry)
  }
  const find = (name: string) =>
    exact.get(normalizeTerm(name)) ??
    loose.get(normalizeTerm(name)) ??
    exact.get(normalizeTerm(withoutParenthetical(name))) ??
    loose.get(normalizeTerm(withoutParenthetical(name)))
  return {
    entries,
    lookup: (item) => (item.term ? find(item.term) : undefined) ?? find(item.text),
  }
}
