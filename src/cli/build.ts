/**
 * `studypack build`: its options and help. The flags become one validated
 * BuildConfig before anything is read; the work is in src/run/.
 */
import type {Argv, CommandModule} from 'yargs'
import {type BrowserStart, stopBrowser} from '../browser/start.js'
import {allOptions} from '../config/build-config.js'
import {DOCUMENTS} from '../documents/index.js'
import {configOf} from './config-sources.js'
import {withOptions} from './options.js'

/** `early`: the browser the command line started for this build (cli/early.ts), if it did. */
export const buildCommand = (early?: BrowserStart): CommandModule<object, Record<string, unknown>> => ({
  command: 'build [guide]',
  describe: 'Print study packs: guide and the other documents, as PDF',
  builder: (yargs: Argv) =>
    withOptions(yargs, allOptions(DOCUMENTS))
      .positional('guide', {
        type: 'string',
        describe: 'Guide file, folder, or - for standard input (default: a guide in this folder, else the bundled one)',
      })
      .example('$0 build --role ml-engineer', 'All domains → out/ml-engineer/')
      .example('$0 build -r ds -d nlp -d cv --paper letter', 'Data scientist, NLP and CV → out/data-scientist-cv-nlp/')
      .example('$0 build -r pm --domain none', 'No domain sections → out/product-manager-none/')
      .example('$0 build --all --html', 'Every role, all domains and each single domain (16 packs), with HTML twins')
      .example('$0 build -r mle --watch', 'Rebuild on every change of the guide or templates')
      .example(
        '$0 build -r mle --only cards --duplex short --back-offset 1.5,-0.5',
        'Cards for short-edge duplex, backs nudged for the printer',
      )
      .example(
        '$0 build -r mle --only anki',
        'Just the Anki deck (cards.apkg, cards.anki.txt) and cards.csv, no browser',
      )
      .example(
        '$0 build -r ds --only checklist --company Acme --date "3 May, 10:00"',
        'The day-of checklist with its blanks filled in',
      )
      .example('$0 build ~/notes/guide.md', "Someone else's guide, no manifest → out/all/")
      .epilogue(
        `Documents (for --only):\n${DOCUMENTS.map((d) => `  ${d.name.padEnd(11)} ${d.describe}`).join('\n')}`,
      ) as Argv<Record<string, unknown>>,
  handler: async (args) => {
    const config = await configOf(args)
    if (config.watch) {
      // A config file asked for --watch: its builds start their own browser.
      if (early) await stopBrowser(early)
      return (await import('../run/watch.js')).runWatch(config)
    }
    await (await import('../run/build.js')).runBuild(config, early)
  },
})
