/**
 * What the schedule plans: the pack's reading units and its cards, taken
 * from the same selection and the same deck as guide.pdf and cards.pdf, so
 * that the plan's card numbers are the printed n/N and its sections are the
 * guide's own.
 */
import {toString} from 'mdast-util-to-string'
import type {Deck} from '../cards/deck.js'
import type {Manifest, SectionTag} from '../../config/manifest/schema.js'
import {normalizeLabel} from '../../model/labels.js'
import type {Guide, Section} from '../../model/types.js'
import type {PlanCard, PlanSection} from './schedule.js'

export interface Material {
  sections: PlanSection[]
  cards: PlanCard[]
}

const wordsOf = (section: Section) =>
  section.body
    .map((node) => toString(node))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length

/** What makes a section one of the role's focus sections. */
export interface Focus {
  role: string | null
  /** How many roles the manifest has. */
  roles: number
  /** The role's description cut at its commas ("coding", "system design"), normalised. */
  phrases: string[]
}

export function focusOf(manifest: Manifest, role: string | null): Focus {
  const description = role ? (manifest.roles[role]?.description ?? '') : ''
  const phrases = description
    .split(/[,;]|\band\b/)
    .map(normalizeLabel)
    .filter((phrase) => phrase.length >= 3)
  return {role, roles: Object.keys(manifest.roles).length, phrases}
}

/**
 * The role's focus: a section tagged for the role and at most half of the
 * roles (what sets the role apart, not what most roles share), or one whose
 * heading path names what the role's description says it is judged on.
 */
function isFocus(section: Section, tag: SectionTag | undefined, focus: Focus): boolean {
  if (focus.role === null) return false
  const roles = tag?.roles
  if (roles?.includes(focus.role) && roles.length <= focus.roles / 2) return true
  if (roles && !roles.includes(focus.role)) return false
  const path = section.path.map(normalizeLabel).join(' / ')
  return focus.phrases.some((phrase) => path.includes(phrase))
}

/**
 * Every section with text of its own is read once; a heading that only
 * holds sub-sections is not a reading of its own (its sub-sections are).
 */
function units(
  sections: Section[],
  tags: Map<string, SectionTag>,
  focus: Focus,
  inherited?: SectionTag,
): PlanSection[] {
  return sections.flatMap((section) => {
    const tag = tags.get(section.slug) ?? inherited
    const words = wordsOf(section)
    const own: PlanSection[] =
      words > 0 || section.questions.length > 0
        ? [
            {
              slug: section.slug,
              title: section.title,
              parent: section.path.length > 1 ? section.path[0]! : null,
              words,
              page: null,
              focus: isFocus(section, tag, focus),
            },
          ]
        : []
    return [...own, ...units(section.children, tags, focus, tag)]
  })
}

/**
 * The plan's material. `selected` is the pack's selected guide, `deck` the
 * cards.pdf deck made from it; `pages` maps a section's slug to its page in
 * guide.pdf, when the guide has been paginated.
 */
export function materialOf(
  selected: Guide,
  tags: Map<string, SectionTag>,
  focus: Focus,
  deck: Deck,
  pages?: Map<string, number>,
): Material {
  const sections = units(selected.sections, tags, focus).map((section) => ({
    ...section,
    page: pages?.get(section.slug) ?? null,
  }))
  const cards = deck.cards.map((card) => ({number: card.number, section: card.section.slug, kind: card.question.kind}))
  return {sections, cards}
}
