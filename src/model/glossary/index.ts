/**
 * The glossary beside a guide (the manifest's `glossary`, or glossary.md when
 * present; read with the content), indexed and matched to the guide's
 * topic-list terms. `glossaryReport` says which terms have no entry.
 */
import type {GuideFile} from '../../input/content.js'
import {normalizeLabel} from '../labels.js'
import type {Guide, Part, PartItem, Section} from '../types.js'
import {allSections} from '../walk.js'
import {indexGlossary, type GlossaryIndex} from './match.js'
import {parseGlossary} from './parse.js'

export {indexGlossary, normalizeTerm, type GlossaryIndex} from './match.js'
export {displayMath, parseGlossary} from './parse.js'

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

/** The glossary file's entries, indexed for lookup; an empty index when there is no glossary. */
export function loadGlossary(file: GuideFile | null): GlossaryIndex {
  return indexGlossary(file ? parseGlossary(file.text) : [])
}

interface Glossed {
  guide: Guide
  glossary: GlossaryIndex
  content: {glossary: GuideFile | null}
}

export function glossaryReport(study: Glossed): GlossaryReport {
  const {glossary} = study
  const terms = topicTerms(allSections(study.guide))
  // Steps (the STAR method) may have entries too: those entries are used.
  const items = allSections(study.guide).flatMap((section) => section.parts.flatMap((part) => part.items))
  const used = new Set(items.map((item) => glossary.lookup(item)))
  return {
    file: study.content.glossary?.name ?? null,
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
