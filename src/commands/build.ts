/**
 * `studypack build`: print the packs a user asks for, in one browser.
 */
import path from 'node:path'
import type {Argv, CommandModule} from 'yargs'
import {DOCUMENTS, DOCUMENT_NAMES} from '../documents/index.js'
import type {StudyDocument} from '../documents/types.js'
import {loadStudy, type Study} from '../load.js'
import {allPacks, resolvePack, type Pack} from '../packs.js'
import {withPrinter, type Printer} from '../print/printer.js'
import {formatBytes, reporter, type Reporter} from '../report.js'
import type {PackMeta} from '../view/guide.js'
import {writeAtomic} from '../write.js'
import {commonOptions, type CommonArgs} from './common.js'

export interface BuildArgs extends CommonArgs {
  role?: string
  domain?: string[]
  all?: boolean
  only?: string[]
  out: string
  paper: 'a4' | 'letter'
  browser?: string
  timeout: number
  quiet?: boolean
  [option: string]: unknown
}

function buildDate(): string {
  // SOURCE_DATE_EPOCH makes a build reproducible, as in other document tools.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  const date = process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()
  return date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})
}

function metaOf(study: Study, pack: Pack, args: BuildArgs): PackMeta {
  const {manifest} = study.content
  const role = pack.role ? manifest.roles[pack.role] : undefined
  const domainIds = pack.domains ?? Object.keys(manifest.domains)
  return {
    role: pack.role && role ? {id: pack.role, name: role.name, description: role.description} : null,
    domains: domainIds.map((id) => ({id, name: manifest.domains[id]?.name ?? id})),
    allDomains: pack.domains === null,
    date: buildDate(),
    source: study.content.files.map((file) => file.name).join(', '),
    paper: args.paper,
  }
}

async function buildPack(study: Study, pack: Pack, documents: StudyDocument[], args: BuildArgs, printer: Printer, report: Reporter) {
  const folder = path.join(args.out, pack.folder)
  const meta = metaOf(study, pack, args)
  for (const document of documents) {
    const files = await document.build({study, pack, meta, args, report, printer})
    for (const file of files) {
      const target = path.join(folder, file.name)
      await writeAtomic(target, file.data)
      const size = typeof file.data === 'string' ? Buffer.byteLength(file.data) : file.data.byteLength
      report.info(`wrote ${target} (${file.pages ? `${file.pages} page${file.pages === 1 ? '' : 's'}, ` : ''}${formatBytes(size)})`)
    }
  }
}

/** A printer that fails loudly if a document that said it needs no browser asks for one. */
const noPrinter: Printer = {
  browser: {path: '', source: 'none'},
  print: () => Promise.reject(new Error('this document declared needsBrowser: false')),
  measure: () => Promise.reject(new Error('this document declared needsBrowser: false')),
}

export async function runBuild(args: BuildArgs): Promise<void> {
  const report = reporter(args.quiet)
  const study = await loadStudy(args.content)
  const {manifest} = study.content
  const hasManifest = study.content.manifestFile !== null
  const packs = args.all ? allPacks(manifest) : [resolvePack(args.role, args.domain, manifest, hasManifest)]
  const documents = DOCUMENTS.filter((document) => !args.only?.length || args.only.includes(document.name))
  study.warnings.forEach((warning) => report.warn(warning))
  if (!hasManifest) report.info(`no studypack.yaml beside the guide: every section is common to every role${args.role ? '' : ' (output in all/)'}`)
  const buildAll = async (printer: Printer) => {
    for (const pack of packs) await buildPack(study, pack, documents, args, printer, report)
  }
  if (!documents.some((document) => document.needsBrowser)) return buildAll(noPrinter)
  await withPrinter({browserPath: args.browser, contentDir: study.content.folder, timeoutMs: args.timeout * 1000}, buildAll)
}

function documentOptions(yargs: Argv): Argv {
  return DOCUMENTS.reduce((argv, document) => (document.options ? argv.options(document.options) : argv), yargs)
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build',
  describe: 'Print the study pack for a role (and domains) as PDF',
  builder: (yargs: Argv) =>
    documentOptions(
      commonOptions(yargs)
        .option('role', {alias: 'r', type: 'string', describe: 'Role id, name or alias (ml-engineer, data-scientist, research-scientist, product-manager)'})
        .option('domain', {alias: 'd', type: 'string', array: true, describe: 'Domain(s) to include: cv, nlp, time-series; repeat or comma-separate; "none" for none; default all'})
        .option('all', {type: 'boolean', describe: 'Build every role × (all domains, and each single domain)'})
        .option('only', {type: 'string', array: true, choices: DOCUMENT_NAMES, describe: 'Build only these documents (repeatable); default all'})
        .option('out', {alias: 'o', type: 'string', default: 'out', describe: 'Folder to write packs into'})
        .option('paper', {choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: 'Paper size'})
        .option('browser', {type: 'string', describe: 'Path to Chrome/Chromium (else PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, puppeteer cache, system)'})
        .option('timeout', {type: 'number', default: 60, describe: 'Seconds a browser step may take before the build fails'})
        .option('quiet', {alias: 'q', type: 'boolean', describe: 'Print nothing but warnings and errors'})
        .conflicts('all', ['role', 'domain']),
    )
      .example('$0 build --role ml-engineer', 'All domains → out/ml-engineer/guide.pdf')
      .example('$0 build -r ds -d nlp -d cv --paper letter', 'Data scientist, NLP and CV → out/data-scientist-cv-nlp/')
      .example('$0 build -r pm --domain none', 'No domain sections → out/product-manager-none/')
      .example('$0 build --all', 'Every role, all domains and each single domain (16 packs)')
      .example('$0 build --content ~/notes/guide.md', "Someone else's guide, no manifest → out/all/") as unknown as Argv<BuildArgs>,
  handler: runBuild,
}
