/**
 * Where the rest of an answer is, when it takes more cards than a deck
 * should hold (fit.ts's MAX_CARDS): the last card printed says so. With
 * guide.pdf made in the same build, its page of the question's section, read
 * from the guide's own result (its bookmarks); without it, the section's name
 * in the study guide. An answer from the answer key is not in the study
 * guide (it prints the guide's own text): the card names the key's file.
 */
import {shortId} from '../guide/view.js'
import type {Card} from './deck.js'

/** Holds the place of the page number while the cards are measured: as wide as any guide's page numbers. */
const PAGE_SLOT = '000'

const morePage = (page: number | string) => `continued in the guide, p. ${page}`
/** The section by its path, "Forecasting › Key Questions": a label such as "Key Questions" alone is in many sections. */
const moreKey = (file: string) => `continued in the answer key, ${file}`
const moreSection = (card: Card) => `continued in the study guide, section «${card.section.path.join(' › ')}»`

export interface MoreNotes {
  /** The line as it is measured: the page number, not known yet, held by a slot as wide. */
  measured(card: Card): string
  /** The line as it is printed. */
  printed(card: Card): Promise<string>
}

export interface MoreSources {
  /**
   * guide.pdf's page of each heading, by its id in the guide, when this
   * build makes guide.pdf (asked for only when a card needs it: the guide is
   * built meanwhile); null when it does not.
   */
  guidePages: (() => Promise<Map<string, number> | undefined>) | null
  /** The answer key's file name, when the guide has one. */
  answerKey: string | null
}

export function moreNotes({guidePages, answerKey}: MoreSources): MoreNotes {
  let pages: Promise<Map<string, number> | undefined> | undefined
  const fromKey = (card: Card) => (card.question.answerFrom === 'key' && answerKey ? moreKey(answerKey) : null)
  return {
    measured: (card) => fromKey(card) ?? (guidePages ? morePage(PAGE_SLOT) : moreSection(card)),
    async printed(card) {
      const key = fromKey(card)
      if (key) return key
      if (!guidePages) return moreSection(card)
      pages ??= guidePages()
      const page = (await pages)?.get(shortId(card.section.slug))
      return page === undefined ? moreSection(card) : morePage(page)
    },
  }
}
