/**
 * The question cards for flashcard apps: cards.anki.txt (Anki's text import,
 * HTML fields, deck and tags set by its header) and cards.csv (plain text).
 * Made from the same deck as cards.pdf, with no browser.
 */
import {deckOf} from '../cards/deck.js'
import {ankiText, csvText} from './export.js'
import {selectGuide} from '../../select/sections.js'
import type {StudyDocument} from '../types.js'

export const ankiDocument: StudyDocument = {
  name: 'anki',
  describe: 'cards.anki.txt and cards.csv: the question cards for Anki and other flashcard apps',
  needsBrowser: false,
  async build({study, pack, meta, report}) {
    const deck = deckOf(selectGuide(study.guide, study.tags, pack), study.tags.tags, meta)
    if (deck.cards.length === 0) {
      report.warn(`anki: no questions for ${deck.label} in this guide; cards.anki.txt and cards.csv not written`)
      return []
    }
    const html = {baseDir: study.content.folder}
    return [
      {name: 'cards.anki.txt', data: ankiText(deck, html)},
      {name: 'cards.csv', data: csvText(deck)},
    ]
  },
}
