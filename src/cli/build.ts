/**
 * `studypack build`: its options and help. The work is in src/build/.
 */
import type {Argv, CommandModule} from 'yargs'
import type {BuildArgs} from '../run/build.js'
import {DOCUMENTS, DOCUMENT_NAMES} from '../documents/index.js'
import {UsageError} from '../core/errors.js'
import {commonOptions} from './options.js'

const usage = (message: string) => new UsageError(`${message}\nRun "studypack --help" for usage.`)

function documentOptions(yargs: Argv): Argv {
  return DOCUMENTS.reduce((argv, document) => (document.options ? argv.options(document.options) : argv), yargs)
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build',
  describe: 'Print study packs: guide and the other documents, as PDF',
  builder: (yargs: Argv) =>
    documentOptions(
      commonOptions(yargs)
        .option('role', {
          alias: 'r',
          type: 'string',
          describe: 'Role id, name or alias (ml-engineer, data-scientist, research-scientist, product-manager)',
        })
        .option('domain', {
          alias: 'd',
          type: 'string',
          array: true,
          describe:
            'Domain(s) to include: cv, nlp, time-series; repeat or comma-separate; "none" for none; default all',
        })
        .option('all', {
          type: 'boolean',
          describe: 'Build every role × (all domains, and each single domain): 16 packs, one browser',
        })
        .option('only', {
          type: 'string',
          array: true,
          choices: DOCUMENT_NAMES,
          describe: 'Build only these documents (repeatable); default all',
        })
        .option('out', {alias: 'o', type: 'string', default: 'out', describe: 'Folder to write packs into'})
        .option('paper', {choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: 'Paper size'})
        .option('html', {type: 'boolean', describe: 'Also write each document as one self-contained HTML file'})
        .option('watch', {
          alias: 'w',
          type: 'boolean',
          describe: 'Rebuild when the guide, manifest, answers, glossary or templates change',
        })
        .option('concurrency', {type: 'number', describe: 'Documents printed at once (default: CPU count, at most 4)'})
        .option('browser', {
          type: 'string',
          describe: 'Path to Chrome/Chromium (else PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, puppeteer cache, system)',
        })
        .option('timeout', {
          type: 'number',
          default: 60,
          describe: 'Seconds a browser step may take before the build fails',
        })
        .option('quiet', {alias: 'q', type: 'boolean', describe: 'Print nothing but errors'})
        .conflicts('all', ['role', 'domain'])
        .check((args) => {
          if (args.concurrency !== undefined && !(Number.isInteger(args.concurrency) && args.concurrency >= 1))
            throw usage('--concurrency takes a whole number from 1')
          if (!(args.timeout > 0)) throw usage('--timeout takes a number of seconds above 0')
          return true
        }),
    )
      .example('$0 build --role ml-engineer', 'All domains → out/ml-engineer/')
      .example('$0 build -r ds -d nlp -d cv --paper letter', 'Data scientist, NLP and CV → out/data-scientist-cv-nlp/')
      .example('$0 build -r pm --domain none', 'No domain sections → out/product-manager-none/')
      .example('$0 build --all --html', 'Every role, all domains and each single domain (16 packs), with HTML twins')
      .example('$0 build -r mle --watch', 'Rebuild on every change of the guide or templates')
      .example(
        '$0 build -r mle --only cards --duplex short --back-offset 1.5,-0.5',
        'Cards for short-edge duplex, backs nudged for the printer',
      )
      .example('$0 build -r mle --only anki', 'Just the Anki deck (cards.anki.txt) and cards.csv, no browser')
      .example(
        '$0 build -r ds --only checklist --company Acme --date "3 May, 10:00"',
        'The day-of checklist with its blanks filled in',
      )
      .example(
        '$0 build --content ~/notes/guide.md',
        "Someone else's guide, no manifest → out/all/",
      ) as unknown as Argv<BuildArgs>,
  handler: async (args) => {
    if (args.watch) return (await import('../run/watch.js')).runWatch(args)
    return (await import('../run/build.js')).runBuild(args)
  },
}
