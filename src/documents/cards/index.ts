/**
 * The question cards: cards.pdf, one card per question of the pack, the
 * question on the front and its answer (or the most useful help) behind it,
 * laid out for duplex printing and cutting.
 */
import {deckOf} from './deck.js'
import {layoutOf} from './layout.js'
import {CARD_OPTIONS, layoutOptions} from './options.js'
import {printDeck, type PrintedDeck} from './print.js'
import type {Reporter} from '../../core/report.js'
import {selectGuide} from '../../select/sections.js'
import type {StudyDocument} from '../types.js'

function reportFit(printed: PrintedDeck, report: Reporter): void {
  for (const {number, question, cards} of printed.continued) {
    report.info(
      `cards: the answer of card ${number} ("${question.slice(0, 60)}${question.length > 60 ? '…' : ''}") continues on ${cards - 1} more card${cards > 2 ? 's' : ''} (cont.)`,
    )
  }
  for (const face of printed.overfull)
    report.warn(`cards: face ${face} holds its text only below 8 pt; it is printed at 8 pt and may be cut off`)
}

export const cardsDocument: StudyDocument = {
  name: 'cards',
  describe: 'cards.pdf: question cards, front and back, for duplex printing',
  needsBrowser: true,
  options: CARD_OPTIONS,
  async build({study, pack, meta, args, report, printer}) {
    const options = layoutOptions(args, meta.paper)
    const deck = deckOf(selectGuide(study.guide, study.tags, pack), study.tags.tags, meta)
    if (deck.cards.length === 0) {
      report.warn(`cards: no questions for ${deck.label} in this guide; cards.pdf not written`)
      return []
    }
    const setup = {
      deck,
      meta,
      layout: layoutOf(options),
      html: {baseDir: study.content.folder},
      title: `${study.guide.title} — question cards — ${deck.label}`,
    }
    const printed = await printDeck(setup, printer)
    reportFit(printed, report)
    const pdf = await printer.print(printed.html)
    return [{name: 'cards.pdf', data: pdf, pages: printed.sheets, html: printed.html}]
  },
}
