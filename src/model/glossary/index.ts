/**
 * The glossary beside a guide: found by the manifest's `glossary` key (default
 * glossary.md, when present), read once per run, and matched to the guide's
 * topic-list terms. `glossaryReport` says which terms have no entry.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {StudypackError} from '../../core/errors.js'
import type {Study} from '../../select/study.js'
import {normalizeLabel} from '../labels.js'
import type {Part, PartItem, Section} from '../types.js'
import {allSections} from '../../select/sections.js'
import {indexGlossary, type GlossaryIndex} from './match.js'
import {parseGlossary} from './parse.js'

export {indexGlossary, normalizeTerm, type GlossaryIndex} from './match.js'
export {displayMath, parseGlossary, type GlossaryEntry} from './parse.js'

export const DEFAULT_GLOSSARY = 'glossary.md'

/** The file the glossary is read from, or null when there is none. */
export function glossaryFile(study: Study): string | null {
  const named = study.content.manifest.glossary
  const file = path.resolve(study.content.folder, named ?? DEFAULT_GLOSSARY)
  // A glossary the manifest names must exist; the default one is optional.
  if (named || existsSync(file)) return file
  return null
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw new StudypackError(
      `${file}: cannot read the glossary (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    )
  }
}

/** One read per loaded study: a rebuild under --watch loads a new study, and so reads the file again. */
const loaded = new WeakMap<Study, GlossaryIndex>()

export function loadGlossary(study: Study): GlossaryIndex {
  let index = loaded.get(study)
  if (!index) {
    const file = glossaryFile(study)
    index = indexGlossary(file ? parseGlossary(readText(file)) : [])
    loaded.set(study, index)
  }
  return index
}

/**
 * The "Role-Specific Focus Areas" list names roles, not terms: the cheat sheet
 * shows it as the pack's focus, and it needs no glossary entry.
 */
export function isFocusList(part: Part): boolean {
  return part.kind === 'topics' && /focus areas?$/.test(normalizeLabel(part.label))
}

export interface TopicTerm {
  /** What the sheet prints: the bold term of "**Term**: detail", else the item. */
  name: string
  item: PartItem
  section: Section
}

export function termName(item: PartItem): string {
  return item.term ?? item.text
}

/** Every term of the topic lists of these sections (not their sub-sections). */
export function topicTerms(sections: Section[]): TopicTerm[] {
  return sections.flatMap((section) =>
    section.parts
      .filter((part) => part.kind === 'topics' && !isFocusList(part))
      .flatMap((part) => part.items.map((item) => ({name: termName(item), item, section}))),
  )
}

export interface GlossaryReport {
  /** Relative to the content folder; null when the guide has no glossary. */
  file: string | null
  entries: number
  terms: number
  /** Topic-list terms with no entry: the cheat sheet lists them without a definition. */
  missing: Array<{term: string; section: string; file: string; line: number}>
  /** Entries no topic-list item asks for (a renamed item, a typo in a heading). */
  unused: string[]
}

export function glossaryReport(study: Study): GlossaryReport {
  const file = glossaryFile(study)
  const glossary = loadGlossary(study)
  const terms = topicTerms(allSections(study.guide))
  // Steps (the STAR method) may have entries too: those entries are used.
  const items = allSections(study.guide).flatMap((section) => section.parts.flatMap((part) => part.items))
  const used = new Set(items.map((item) => glossary.lookup(item)))
  return {
    file: file && path.relative(study.content.folder, file),
    entries: glossary.entries.length,
    terms: terms.length,
    missing: terms
      .filter((term) => !glossary.lookup(term.item))
      .map((term) => ({
        term: term.name,
        section: term.section.path.join(' > '),
        file: term.section.position.file,
        line: term.item.node.position?.start.line ?? term.section.position.line,
      })),
    unused: glossary.entries.filter((entry) => !used.has(entry)).map((entry) => entry.term),
  }
}
