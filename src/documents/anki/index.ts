/**
 * The question cards for flashcard apps: cards.anki.txt (Anki's text import,
 * HTML fields, deck and tags set by its header) and cards.csv (plain text).
 * Made from the same deck as cards.pdf, with no browser.
 */
import {warning} from '../../core/messages.js'
import {deckOf} from '../cards/deck.js'
import {ankiText, csvText} from './export.js'
import {defineDocument} from '../types.js'

export const ankiDocument = defineDocument({
  name: 'anki',
  describe: 'cards.anki.txt and cards.csv: the question cards for Anki and other flashcard apps',
  needsBrowser: false,
  options: {},
  async build({study, guide, meta, report, run}) {
    const deck = deckOf(guide, study.tags.effective, meta)
    if (deck.cards.length === 0) {
      report.warn(
        warning(
          `anki: no questions for ${deck.label} in this guide; cards.anki.txt and cards.csv not written`,
          'no-questions',
        ),
      )
      return []
    }
    const html = {baseDir: study.content.folder, cache: run.html}
    return [
      {name: 'cards.anki.txt', data: ankiText(deck, html, run.templates)},
      {name: 'cards.csv', data: csvText(deck)},
    ]
  },
})
