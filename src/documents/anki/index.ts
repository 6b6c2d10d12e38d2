/**
 * The question cards for flashcard apps: cards.apkg (an Anki package, one
 * double-click to import), cards.anki.txt (Anki's text import) and cards.csv
 * (plain text). Made from the same deck as cards.pdf, with no browser. The
 * notes keep their ids across rebuilds through the id map beside the guide.
 */
import {warning} from '../../core/messages.js'
import {STDIN} from '../../input/stdin.js'
import {deckOf} from '../cards/deck.js'
import {defineDocument} from '../types.js'
import {ankiFiles} from './deck-files.js'
import {guideIds} from './id-store.js'
import {ID_FILE} from './ids.js'

/** SOURCE_DATE_EPOCH (seconds) fixes the notes' time of change, as it fixes the printed date. */
function buildTime(): number {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  return process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch * 1000 : Date.now()
}

export const ankiDocument = defineDocument({
  name: 'anki',
  describe: 'cards.apkg, cards.anki.txt and cards.csv: the question cards for Anki and other flashcard apps',
  needsBrowser: false,
  options: {},
  async build({study, guide, meta, config, report, run}) {
    const deck = deckOf(guide, study.tags.effective, meta)
    if (deck.cards.length === 0) {
      report.warn(
        warning(
          `anki: no questions for ${deck.label} in this guide; cards.apkg, cards.anki.txt and cards.csv not written`,
          'no-questions',
        ),
      )
      return []
    }
    // The ids are the whole guide's: a question in several packs is one note. A piped guide has no folder to keep them in.
    const ids = await guideIds(config.content === STDIN ? null : study.content.folder, study.guide, run.anki.ids)
    // The id map's warnings are the run's, not each pack's: said once.
    if (!run.anki.warned.has(ids)) {
      run.anki.warned.add(ids)
      for (const problem of ids.warnings) report.warn(warning(`anki: ${problem}`, 'anki-ids', {file: ID_FILE}))
    }
    const files = await ankiFiles({
      deck,
      guide: study.guide,
      guids: ids.guids,
      html: {baseDir: study.content.folder, cache: run.html},
      run,
      now: buildTime(),
    })
    return [
      {name: 'cards.apkg', data: files.apkg},
      {name: 'cards.anki.txt', data: files.text},
      {name: 'cards.csv', data: files.csv},
    ]
  },
})
