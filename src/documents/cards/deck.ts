/**
 * The deck: one card per question of the selected guide, in guide order, with
 * what each card says about where it comes from. Plain data, no markup: the
 * printed cards and the Anki deck are both made from it.
 */
import {eachSection} from '../../model/walk.js'
import type {RootContent} from 'mdast'
import type {Guide, Question, QuestionKind, Section} from '../../model/types.js'
import type {SectionTag} from '../../config/manifest/schema.js'
import type {PackMeta} from '../meta.js'
import {packLabel} from '../meta.js'

export interface Card {
  /** 1-based position in the deck. */
  number: number
  question: Question
  /** The question's section: its title, and the titles from the outermost section down to it. */
  section: {slug: string; title: string; path: string[]}
  /** Set when the question sits in a domain section. */
  domain: {id: string; name: string} | null
  /** What the footer calls the card: the domain, or the kind ("Behavioral"). */
  category: string
  /** Topics of the question's own section: the help printed when there is no answer. */
  topics: string[]
  tags: string[]
}

export interface Deck {
  /** Short, for the card footer: "ML Engineer · Natural Language Processing". */
  label: string
  /** For Anki: the guide's title with the pack as a sub-deck. */
  name: string
  cards: Card[]
}

export const KIND_LABELS: Record<QuestionKind, string> = {
  technical: 'Technical',
  coding: 'Coding',
  design: 'System design',
  behavioral: 'Behavioral',
  reverse: 'Ask them',
}

interface Located {
  question: Question
  section: Section
  tag: SectionTag | undefined
}

/** Questions depth first, each with the tag its section has or inherits. */
function locate(sections: Section[], tags: Map<string, SectionTag>): Located[] {
  const located: Located[] = []
  eachSection(sections, (section) => {
    const tag = tags.get(section.slug)
    for (const question of section.questions) located.push({question, section, tag})
  })
  return located
}

function topicsOf(section: Section): string[] {
  return section.parts
    .filter((part) => part.kind === 'topics')
    .flatMap((part) => part.items.map((item) => item.term ?? item.text))
    .filter(Boolean)
}

/** An Anki tag: no spaces inside (Anki splits tags on them), `::` for hierarchy. */
export function tagOf(prefix: string, value: string): string {
  return `${prefix}::${value.trim().replace(/\s+/g, '-').replace(/["]/g, '')}`
}

function domainOf(tag: SectionTag | undefined, meta: PackMeta, names: Record<string, string>): Card['domain'] {
  const ids = tag?.domains
  if (!ids?.length) return null
  // A section tagged for several domains is shown as the first one the pack includes.
  const id = ids.find((candidate) => meta.domains.some((domain) => domain.id === candidate)) ?? ids[0]!
  return {id, name: names[id] ?? id}
}

export function deckOf(guide: Guide, tags: Map<string, SectionTag>, meta: PackMeta): Deck {
  const names = Object.fromEntries(meta.domains.map((domain) => [domain.id, domain.name]))
  const located = locate(guide.sections, tags)
  const cards = located.map(({question, section, tag}, index): Card => {
    const domain = domainOf(tag, meta, names)
    return {
      number: index + 1,
      question,
      section: {slug: section.slug, title: section.title, path: section.path},
      domain,
      category: domain?.name ?? KIND_LABELS[question.kind],
      topics: topicsOf(section),
      tags: [
        ...(meta.role ? [tagOf('role', meta.role.id)] : []),
        ...(domain ? [tagOf('domain', domain.id)] : []),
        tagOf('section', section.slug),
        tagOf('kind', question.kind),
      ],
    }
  })
  const label = packLabel(meta)
  return {label, name: `${guide.title}::${label}`.replace(/[\t\r\n]+/g, ' '), cards}
}

/** What the back of a card shows, in order of use to someone studying. */
export type Help = {kind: 'answer'; blocks: RootContent[]} | {kind: 'star'} | {kind: 'topics'; topics: string[]}

export function helpOf(card: Card): Help {
  if (card.question.answer?.length) return {kind: 'answer', blocks: card.question.answer}
  if (card.question.kind === 'behavioral') return {kind: 'star'}
  return {kind: 'topics', topics: card.topics}
}
