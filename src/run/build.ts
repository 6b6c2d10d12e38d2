/**
 * `studypack build` from start to end: one parse, one browser, the packs in
 * parallel up to --concurrency, a progress bar, and a summary table.
 */
import os from 'node:os'
import {DOCUMENTS} from '../documents/index.js'
import {StudypackError} from '../core/errors.js'
import {loadStudy, type Study} from '../select/study.js'
import {allPacks, resolvePack, type Pack} from '../select/packs.js'
import {withPrinter, type Printer} from '../browser/printer.js'
import {selectGuide} from '../select/sections.js'
import {checkWritable} from '../output/write.js'
import {glyphWarning} from '../render/glyphs.js'
import type {PackMeta} from '../documents/guide/view.js'
import {buildPack} from './pack.js'
import {progress, type Progress} from '../output/progress.js'
import {summaryTable, type PackResult} from '../output/summary.js'

export interface BuildArgs {
  content: string
  role?: string
  domain?: string[]
  all?: boolean
  only?: string[]
  out: string
  paper: 'a4' | 'letter'
  browser?: string
  timeout: number
  concurrency?: number
  html?: boolean
  quiet?: boolean
  watch?: boolean
  [option: string]: unknown
}

export const defaultConcurrency = () => Math.max(1, Math.min(4, os.availableParallelism()))

function buildDate(): string {
  // SOURCE_DATE_EPOCH makes a build reproducible, as in other document tools.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  const date = process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()
  return date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})
}

export function metaOf(study: Study, pack: Pack, paper: 'a4' | 'letter'): PackMeta {
  const {manifest} = study.content
  const role = pack.role ? manifest.roles[pack.role] : undefined
  const domainIds = pack.domains ?? Object.keys(manifest.domains)
  return {
    role: pack.role && role ? {id: pack.role, name: role.name, description: role.description} : null,
    domains: domainIds.map((id) => ({id, name: manifest.domains[id]?.name ?? id})),
    allDomains: pack.domains === null,
    date: buildDate(),
    source: study.content.files.map((file) => file.name).join(', '),
    paper,
  }
}

/** A pack whose role and domains keep none of the guide's sections is a mistake in the tagging. */
export function checkNotEmpty(study: Study, pack: Pack): void {
  if (study.guide.sections.length === 0 || selectGuide(study.guide, study.tags, pack).sections.length > 0) return
  throw new StudypackError(
    `nothing to print for ${pack.folder}: every section of the guide is tagged for other roles or domains (see ${study.content.manifestFile ?? 'the manifest'})`,
  )
}

export function packsOf(study: Study, args: BuildArgs): Pack[] {
  const {manifest, manifestFile} = study.content
  return args.all ? allPacks(manifest) : [resolvePack(args.role, args.domain, manifest, manifestFile !== null)]
}

export const documentsOf = (args: BuildArgs) =>
  DOCUMENTS.filter((document) => !args.only?.length || args.only.includes(document.name))

/** A printer for builds whose documents need none: it fails loudly if one asks. */
const noPrinter: Printer = {
  browser: {path: '', source: 'none'},
  print: () => Promise.reject(new Error('a document that declared needsBrowser: false tried to print')),
  open: () => Promise.reject(new Error('a document that declared needsBrowser: false tried to open a page')),
}

/** Run `work` over `items`, at most `limit` at once, keeping every outcome. */
async function limited<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!).then(
        (value) => ({status: 'fulfilled', value}) as const,
        (reason: unknown) => ({status: 'rejected', reason}) as const,
      )
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, lane))
  return results
}

/** Build the packs with a printer that is already open; throws if any pack failed. */
export async function buildPacks(
  study: Study,
  packs: Pack[],
  args: BuildArgs,
  printer: Printer,
  bar: Progress,
): Promise<PackResult[]> {
  const documents = documentsOf(args)
  bar.start(packs.length)
  const outcomes = await limited(packs, args.concurrency ?? defaultConcurrency(), async (pack) => {
    const result = await buildPack({
      study,
      pack,
      meta: metaOf(study, pack, args.paper),
      documents,
      args,
      printer,
      report: bar,
    })
    bar.tick(pack.folder)
    return result
  })
  bar.stop()
  const failed = outcomes.flatMap((outcome, index) =>
    outcome.status === 'rejected' ? [{pack: packs[index]!, error: outcome.reason as Error}] : [],
  )
  if (failed.length === 1 && packs.length === 1) throw failed[0]!.error
  if (failed.length > 0) {
    throw new StudypackError(
      `${failed.length} of ${packs.length} packs failed:\n${failed.map(({pack, error}) => `  ${pack.folder}: ${error.message}`).join('\n')}`,
    )
  }
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<PackResult>).value)
}

export function withBuildPrinter<T>(
  study: Study,
  args: BuildArgs,
  bar: Progress,
  work: (printer: Printer) => Promise<T>,
): Promise<T> {
  if (!documentsOf(args).some((document) => document.needsBrowser)) return work(noPrinter)
  const options = {
    browserPath: args.browser,
    contentDir: study.content.folder,
    timeoutMs: args.timeout * 1000,
    concurrency: args.concurrency ?? defaultConcurrency(),
    onRestart: (reason: string) => bar.warn(`the browser crashed (${reason}); starting it again and retrying once`),
  }
  return withPrinter(options, work)
}

export function announce(study: Study, args: BuildArgs, bar: Progress): void {
  study.warnings.forEach((warning) => bar.warn(warning))
  const glyphs = glyphWarning(study.content.files)
  if (glyphs) bar.warn(glyphs)
  if (study.content.manifestFile === null) {
    bar.warn(
      `no studypack.yaml beside the guide: every section is common to every role${args.role ? '' : ' (output in all/)'}`,
    )
  }
}

export async function runBuild(args: BuildArgs): Promise<void> {
  const started = performance.now()
  const bar = progress({quiet: args.quiet})
  const study = await loadStudy(args.content)
  const packs = packsOf(study, args)
  packs.forEach((pack) => checkNotEmpty(study, pack))
  await checkWritable(args.out)
  announce(study, args, bar)
  const results = await withBuildPrinter(study, args, bar, (printer) => buildPacks(study, packs, args, printer, bar))
  if (!args.quiet) process.stderr.write(`${summaryTable(results, performance.now() - started)}\n`)
}
