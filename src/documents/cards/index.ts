/**
 * The question cards: cards.pdf, one card per question of the pack, the
 * question on the front and its answer (or the most useful help) behind it,
 * laid out for duplex printing and cutting.
 */
import {warning} from '../../core/messages.js'
import {deckOf} from './deck.js'
import {layoutOf} from './layout.js'
import {CARD_OPTIONS} from './options.js'
import {moreNotes} from './more.js'
import {printDeck, type PrintedDeck} from './print.js'
import type {Reporter} from '../../core/report.js'
import {type DocumentContext, type OutputFile, defineDocument} from '../types.js'

/** guide.pdf's page of each heading, when this build makes guide.pdf: null when it does not. */
function guidePages(context: Pick<DocumentContext, 'resultOf'>) {
  const made = context.resultOf('guide')
  if (!made) return null
  return async () => {
    // A guide that fails says so itself; the cards then name the section instead of a page.
    const files: OutputFile[] = await made.catch(() => [])
    const guide = files.find((file) => 'headingPages' in file && file.headingPages)
    return guide && 'headingPages' in guide ? guide.headingPages : undefined
  }
}

const quoted = (question: string) => `"${question.slice(0, 60)}${question.length > 60 ? '…' : ''}"`

/** Card sizes that hold more than each: what a card whose code went to its back could be printed at instead. */
const LARGER: Record<string, string> = {grid: 'index-4x6, a6', 'index-3x5': 'index-4x6, a6'}

function reportFit(printed: PrintedDeck, report: Reporter, size: string): void {
  for (const {number, question, what} of printed.moved) {
    const larger = LARGER[size] ? `; a larger --card-size (${LARGER[size]}) keeps ${what} on the front` : ''
    report.info(
      `cards: the front of card ${number} (${quoted(question)}) holds ${what} only below 8 pt: printed on its back instead, before the answer${larger}`,
    )
  }
  for (const {number, question, cards, rest} of printed.continued) {
    report.info(
      `cards: the answer of card ${number} (${quoted(question)}) continues on ${cards - 1} more card${cards > 2 ? 's' : ''} (cont.)${rest ? `, then no more: the last one says "${rest}"` : ''}`,
    )
  }
  for (const face of printed.overfull) {
    report.warn(
      warning(
        `cards: face ${face} holds its text only below 8 pt; it is printed at 8 pt and may be cut off`,
        'card-overfull',
      ),
    )
  }
}

export const cardsDocument = defineDocument({
  name: 'cards',
  describe: 'cards.pdf: question cards, front and back, for duplex printing',
  needsBrowser: true,
  options: CARD_OPTIONS,
  async build({study, guide, meta, options, report, printer, run, resultOf}) {
    const deck = deckOf(guide, study.tags.effective, meta)
    if (deck.cards.length === 0) {
      report.warn(warning(`cards: no questions for ${deck.label} in this guide; cards.pdf not written`, 'no-questions'))
      return []
    }
    const setup = {
      templates: run.templates,
      fits: run.fits.cards,
      deck,
      meta,
      layout: layoutOf({
        paper: meta.paper,
        size: options['card-size'],
        duplex: options.duplex,
        backOffset: options['back-offset'],
      }),
      html: {baseDir: study.content.folder, cache: run.html},
      title: `${study.guide.title} — question cards — ${deck.label}`,
      more: moreNotes({guidePages: guidePages({resultOf}), answerKey: study.content.answers?.name ?? null}),
    }
    const printed = await printDeck(setup, printer)
    reportFit(printed, report, options['card-size'])
    const pdf = await printer.print(printed.html)
    return [{name: 'cards.pdf', data: pdf, pages: printed.sheets, html: printed.html}]
  },
})
