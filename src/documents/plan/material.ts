/**
 * What the schedule plans: the pack's reading units and its cards, taken
 * from the same selection and the same deck as guide.pdf and cards.pdf, so
 * that the plan's card numbers are the printed n/N and its sections are the
 * guide's own.
 */
import {toString} from 'mdast-util-to-string'
import type {Deck} from '../cards/deck.js'
import type {SectionTag} from '../../config/manifest/schema.js'
import type {Guide, Section} from '../../model/types.js'
import type {PlanCard, PlanSection} from './schedule.js'

export interface Material {
  sections: PlanSection[]
  cards: PlanCard[]
}

const wordsOf = (section: Section) => section.body.map((node) => toString(node)).join(' ').split(/\s+/).filter(Boolean).length

/** A section tagged for some roles, the pack's among them: what the role is judged on. */
function isFocus(tag: SectionTag | undefined, role: string | null): boolean {
  return role !== null && Boolean(tag?.roles?.includes(role))
}

/**
 * Every section with text of its own is read once; a heading that only
 * holds sub-sections is not a reading of its own (its sub-sections are).
 */
function units(sections: Section[], tags: Map<string, SectionTag>, role: string | null, inherited?: SectionTag): PlanSection[] {
  return sections.flatMap((section) => {
    const tag = tags.get(section.slug) ?? inherited
    const words = wordsOf(section)
    const own: PlanSection[] =
      words > 0 || section.questions.length > 0
        ? [{slug: section.slug, title: section.title, parent: section.path.length > 1 ? section.path[0]! : null, words, page: null, focus: isFocus(tag, role)}]
        : []
    return [...own, ...units(section.children, tags, role, tag)]
  })
}

/**
 * The plan's material. `selected` is the pack's selected guide, `deck` the
 * cards.pdf deck made from it; `pages` maps a section's slug to its page in
 * guide.pdf, when the guide has been paginated.
 */
export function materialOf(selected: Guide, tags: Map<string, SectionTag>, role: string | null, deck: Deck, pages?: Map<string, number>): Material {
  const sections = units(selected.sections, tags, role).map((section) => ({...section, page: pages?.get(section.slug) ?? null}))
  const cards = deck.cards.map((card) => ({number: card.number, section: card.section.slug, kind: card.question.kind}))
  return {sections, cards}
}
