/**
 * Propose a manifest for a guide that has none, from the guide's own words:
 * a heading that names a role ("For ML Engineers") or a domain ("Computer
 * Vision") tags its section; a section whose text uses several terms of a
 * role's focus is proposed for that role. Every proposal carries the reason
 * it was made, so that the author can judge it (see draft.ts, which writes it).
 * Pure: a guide in, a proposal out.
 */
import {toString as mdToString} from 'mdast-util-to-string'
import {normalizeLabel} from '../../model/labels.js'
import type {Guide, Section} from '../../model/types.js'
import {eachSection} from '../../model/walk.js'
import {DOMAIN_WORDS, ROLE_HEADING_WORDS, ROLE_NOUNS, ROLE_WORDS, type RoleWords} from './vocabulary.js'

export interface ProposedEntry {
  id: string
  name: string
  aliases: string[]
  description?: string
  /** Why it is proposed, in a line the author can check. */
  reason: string
}

export interface ProposedSection {
  /** How the manifest names it: the heading path, or `#slug` when the path is not unique. */
  reference: string
  title: string
  depth: number
  line: number
  file: string
  roles?: string[]
  domains?: string[]
  /** Why it is tagged; absent for a section left common. */
  reason?: string
}

export interface Proposal {
  roles: ProposedEntry[]
  domains: ProposedEntry[]
  /** Every section of the guide, in guide order. */
  sections: ProposedSection[]
}

/** Distinct terms of a section's own text needed before its terms propose a role or a domain. */
const MIN_ROLE_TERMS = 3
const MIN_DOMAIN_TERMS = 4

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
/** A term as a whole word or phrase, its plural too. */
const phrase = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(text)}s?(?![\\p{L}\\p{N}])`, 'iu')

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/** The words of a heading, folded, with "-specific" and similar joined words split. */
const headingWords = (title: string) =>
  normalizeLabel(title)
    .replace(/[-–—:()[\]/&,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)

const singular = (word: string) => (ROLE_NOUNS.includes(word.replace(/s$/, '')) ? word.replace(/s$/, '') : word)

/** "For ML Engineers and Data Scientists" → ["ml engineer", "data scientist"]. */
function roleNamesInHeading(title: string): string[] {
  let words = headingWords(title)
  while (words[0] === 'for' || words[0] === 'the' || words[0] === 'questions' || words[0] === 'interview')
    words = words.slice(1)
  while (words.length > 0 && ROLE_HEADING_WORDS.includes(words.at(-1)!)) words = words.slice(0, -1)
  if (words.length === 0) return []
  return words
    .join(' ')
    .split(/\s+(?:and|or|vs)\s+/)
    .map((part) => part.split(' ').map(singular).join(' ').trim())
    .filter(Boolean)
}

/** A role a heading names that the vocabulary does not know: "Frontend Developer". */
function customRole(name: string, title: string): RoleWords | null {
  const words = name.split(' ')
  if (words.length > 3 || !ROLE_NOUNS.includes(words.at(-1)!) || ['hiring', 'your', 'a'].includes(words[0]!))
    return null
  const found = title.match(new RegExp(words.map(escapeRegex).join('[\\s-]+'), 'i'))
  const shown = (found?.[0] ?? name).replace(/s$/, '')
  return {id: slugOf(name), name: shown, aliases: [], description: '', names: [name], focus: []}
}

function rolesOfHeading(title: string, customs: boolean): RoleWords[] {
  return roleNamesInHeading(title).flatMap((name) => {
    const known = ROLE_WORDS.find((role) => role.names.includes(name))
    if (known) return [known]
    const custom = customs ? customRole(name, title) : null
    return custom ? [custom] : []
  })
}

/** Roles studypack does not know count only when headings name two or more: one alone gives one pack. */
function namesCustomRoles(guide: Guide): boolean {
  const ids = new Set<string>()
  eachSection(guide.sections, (section) => {
    for (const role of rolesOfHeading(section.title, true)) if (role.focus.length === 0) ids.add(role.id)
  })
  return ids.size >= 2
}

/** Most words a heading may have and still be about a domain, not a question that mentions one. */
const MAX_DOMAIN_HEADING_WORDS = 6

function domainsOfHeading(title: string) {
  if (title.includes('?') || headingWords(title).length > MAX_DOMAIN_HEADING_WORDS) return []
  return DOMAIN_WORDS.filter((domain) => domain.names.some((name) => phrase(name).test(normalizeLabel(title))))
}

/** The section's own words: heading, body (lists included) and questions, not its sub-sections'. */
function ownText(section: Section): string {
  return [section.title, ...section.body.map((node) => mdToString(node)), ...section.questions.map((q) => q.text)]
    .join('\n')
    .toLowerCase()
}

const hits = (text: string, terms: string[]) => terms.filter((term) => phrase(term).test(text))

/** The entries whose terms the text uses clearly more than the rest (not all of them: that tells nothing). */
function byTerms<T extends {id: string}>(
  text: string,
  entries: T[],
  termsOf: (entry: T) => string[],
  min: number,
): {ids: string[]; terms: string[]} | null {
  const scored = entries.map((entry) => ({id: entry.id, terms: hits(text, termsOf(entry))}))
  const top = Math.max(0, ...scored.map((entry) => entry.terms.length))
  if (top < min) return null
  const chosen = scored.filter((entry) => entry.terms.length >= Math.max(min, Math.ceil(top * 0.6)))
  if (chosen.length === entries.length) return null
  return {ids: chosen.map((entry) => entry.id), terms: [...new Set(chosen.flatMap((entry) => entry.terms))]}
}

/** Heading paths that name more than one section (or hold a ">") are referred to by slug. */
function referencesOf(guide: Guide): (section: Section) => string {
  const counts = new Map<string, number>()
  eachSection(guide.sections, (section) => {
    const key = section.path.map(normalizeLabel).join(' > ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  })
  return (section) => {
    const unique = counts.get(section.path.map(normalizeLabel).join(' > ')) === 1
    return unique && !section.path.some((title) => title.includes('>')) ? section.path.join(' > ') : `#${section.slug}`
  }
}

interface Tag {
  roles?: string[]
  domains?: string[]
}

interface Found {
  roles: Map<string, {words: RoleWords; reason: string}>
  domains: Map<string, string>
}

function headingTag(section: Section, found: Found, customs: boolean): {tag: Tag; reasons: string[]} {
  const where = `${section.position.file}:${section.position.line}`
  const tag: Tag = {}
  const reasons: string[] = []
  const roles = rolesOfHeading(section.title, customs)
  if (roles.length > 0) {
    tag.roles = roles.map((role) => role.id)
    reasons.push(`the heading names ${roles.map((role) => `"${role.name}"`).join(' and ')}`)
    for (const role of roles)
      if (!found.roles.has(role.id))
        found.roles.set(role.id, {words: role, reason: `heading "${section.title}" (${where})`})
  }
  const domains = domainsOfHeading(section.title)
  if (domains.length > 0) {
    tag.domains = domains.map((domain) => domain.id)
    reasons.push(`the heading names ${domains.map((domain) => `"${domain.name}"`).join(' and ')}`)
    for (const domain of domains)
      if (!found.domains.has(domain.id)) found.domains.set(domain.id, `heading "${section.title}" (${where})`)
  }
  return {tag, reasons}
}

export function proposeManifest(guide: Guide): Proposal {
  const reference = referencesOf(guide)
  const found: Found = {roles: new Map(), domains: new Map()}
  const own = new Map<string, {tag: Tag; reasons: string[]}>()
  const parents = new Map<string, Section | null>()
  const order: Section[] = []
  const customs = namesCustomRoles(guide)
  eachSection(guide.sections, (section, parent) => {
    parents.set(section.slug, parent)
    order.push(section)
    own.set(section.slug, headingTag(section, found, customs))
  })
  // A guide of one top-level section: tagging it by its terms would take the whole guide from other roles.
  const whole = guide.sections.length === 1 ? guide.sections[0] : undefined
  // A guide whose headings name roles studypack does not know is about other jobs: those roles are its roles.
  // Otherwise the known roles are, and their focus terms may tag sections.
  const custom = [...found.roles.values()].some(({words}) => words.focus.length === 0)
  const inPlay = custom ? ROLE_WORDS.filter((role) => found.roles.has(role.id)) : ROLE_WORDS
  const inherited = (section: Section): Tag => {
    for (let at = parents.get(section.slug); at; at = parents.get(at.slug)) {
      const tag = own.get(at.slug)!.tag
      if (tag.roles || tag.domains) return {...inherited(at), ...tag}
    }
    return {}
  }
  for (const section of order) {
    const entry = own.get(section.slug)!
    const above = inherited(section)
    const text = ownText(section)
    if (!entry.tag.roles && !above.roles && inPlay.length > 1 && section !== whole) {
      const terms = byTerms(text, inPlay, (role) => role.focus, MIN_ROLE_TERMS)
      if (terms) {
        entry.tag.roles = terms.ids
        entry.reasons.push(`its text uses ${terms.terms.map((term) => `"${term}"`).join(', ')}`)
        for (const id of terms.ids)
          if (!found.roles.has(id))
            found.roles.set(id, {
              words: ROLE_WORDS.find((role) => role.id === id)!,
              reason: `terms of its focus in "${section.title}" (${section.position.file}:${section.position.line})`,
            })
      }
    }
    if (!entry.tag.domains && !above.domains && section !== whole) {
      const terms = byTerms(text, DOMAIN_WORDS, (domain) => domain.terms, MIN_DOMAIN_TERMS)
      if (terms) {
        entry.tag.domains = terms.ids
        entry.reasons.push(`its text uses ${terms.terms.map((term) => `"${term}"`).join(', ')}`)
        for (const id of terms.ids)
          if (!found.domains.has(id))
            found.domains.set(id, `its terms in "${section.title}" (${section.position.file}:${section.position.line})`)
      }
    }
    // A tag replaces the inherited one, so it carries over what the section's ancestors said.
    if (entry.tag.roles || entry.tag.domains) entry.tag = {...above, ...entry.tag}
  }
  const roles: ProposedEntry[] = custom
    ? [...found.roles.values()].map(({words, reason}) => entryOf(words, reason))
    : ROLE_WORDS.map((words) =>
        entryOf(words, found.roles.get(words.id)?.reason ?? 'a common role; no section is proposed for it alone'),
      )
  const domains = DOMAIN_WORDS.filter((domain) => found.domains.has(domain.id)).map((domain) => ({
    id: domain.id,
    name: domain.name,
    aliases: domain.aliases,
    reason: found.domains.get(domain.id)!,
  }))
  const sections = order.map((section): ProposedSection => {
    const {tag, reasons} = own.get(section.slug)!
    return {
      reference: reference(section),
      title: section.title,
      depth: section.depth,
      line: section.position.line,
      file: section.position.file,
      ...(tag.roles || tag.domains ? {...tag, reason: reasons.join('; ')} : {}),
    }
  })
  return {roles, domains, sections}
}

function entryOf(words: RoleWords, reason: string): ProposedEntry {
  return {
    id: words.id,
    name: words.name,
    aliases: words.aliases,
    ...(words.description ? {description: words.description} : {}),
    reason,
  }
}
