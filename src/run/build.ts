/**
 * `studypack build` from start to end, as a pipeline of steps in order: load
 * the content, decide the packs and check them, open the output folder, say
 * what the content warned of, then build the packs in one browser (up to
 * --concurrency at once) and print the summary. Everything that can be wrong
 * with the input fails before the browser starts.
 */
import path from 'node:path'
import pMap from 'p-map'
import {withPrinter, type Printer} from '../browser/printer.js'
import {type BrowserStart, stopBrowser, takeBrowser} from '../browser/start.js'
import {allOptions, type BuildConfig, withFrontMatter} from '../config/build-config.js'
import {frontMatterLayer} from '../config/sources.js'
import {usage} from '../config/usage.js'
import {frontMatterOf} from '../input/front-matter.js'
import {StudypackError} from '../core/errors.js'
import {garbageCollector} from '../core/memory.js'
import {warning} from '../core/messages.js'
import type {Reporter} from '../core/report.js'
import {DOCUMENTS} from '../documents/index.js'
import type {PackMeta} from '../documents/meta.js'
import {progress, type Progress} from '../output/progress.js'
import {summaryTable, widthOf, type PackResult} from '../output/summary.js'
import {checkWritable, writeAtomic} from '../output/write.js'
import {profileTable, type Profile} from '../core/profile.js'
import {glyphWarning} from '../render/glyphs.js'
import {allPacks, resolvePack, type Pack} from '../select/packs.js'
import {selectGuide} from '../select/sections.js'
import {loadStudy, type Study} from '../select/study.js'
import {createRunContext, type RunContext} from './context.js'
import {buildPack} from './pack.js'

export interface BuildOutcome {
  packs: PackResult[]
  /** Browsers started: one, unless one crashed and was started again (0 when nothing needed one). */
  launches: number
}

function buildDate(): string {
  // SOURCE_DATE_EPOCH makes a build reproducible, as in other document tools.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  const date = process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()
  return date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})
}

export function metaOf(study: Study, pack: Pack, paper: PackMeta['paper']): PackMeta {
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
function checkNotEmpty(study: Study, pack: Pack): void {
  if (study.guide.sections.length === 0 || selectGuide(study.guide, study.tags, pack).sections.length > 0) return
  throw new StudypackError(
    `nothing to print for ${pack.folder}: every section of the guide is tagged for other roles or domains (see ${study.content.manifestFile ?? 'the manifest'})`,
  )
}

/** The packs the config asks for, resolved against the manifest and checked: usage errors come from here. */
export function packsOf(study: Study, config: BuildConfig): Pack[] {
  const {manifest, manifestFile} = study.content
  const packs = config.all
    ? allPacks(manifest)
    : [resolvePack(config.role, config.domains, manifest, manifestFile !== null)]
  for (const pack of packs) checkNotEmpty(study, pack)
  return packs
}

export const documentsOf = (config: BuildConfig) =>
  DOCUMENTS.filter((document) => config.only.length === 0 || config.only.includes(document.name))

/** A printer for builds whose documents need none: it fails loudly if one asks. */
const noPrinter: Printer = {
  print: () => Promise.reject(new Error('a document that declared needsBrowser: false tried to print')),
  open: () => Promise.reject(new Error('a document that declared needsBrowser: false tried to open a page')),
  launches: () => 0,
  for: () => noPrinter,
  sent: () => Promise.resolve(),
}

/** Build the packs with a printer that is already open; throws if any pack failed. */
export async function buildPacks(
  study: Study,
  packs: Pack[],
  config: BuildConfig,
  printer: Printer,
  bar: Progress,
  run: RunContext = createRunContext(config.look),
): Promise<PackResult[]> {
  const documents = documentsOf(config)
  // What the renderer warns of (KaTeX) is said like every other warning, above the bar.
  run.html.warn = (message) => bar.warn(message)
  bar.start(packs.length)
  const tidy = garbageCollector()
  const outcomes = await pMap(
    packs,
    async (pack) => {
      const meta = metaOf(study, pack, config.paper)
      const result = await buildPack({study, pack, meta, documents, config, printer, report: bar, run}).then(
        (value) => ({ok: true, value}) as const,
        (error: Error) => ({ok: false, error}) as const,
      )
      bar.tick(pack.folder)
      // What the pack made is written and dropped: collected once enough has piled up, so that a batch's peak stays near one pack's.
      if (packs.length > 1) tidy()
      return result
    },
    {concurrency: config.concurrency},
  )
  bar.stop()
  const failed = outcomes.flatMap((outcome, index) => (outcome.ok ? [] : [{pack: packs[index]!, error: outcome.error}]))
  if (failed.length === 1 && packs.length === 1) throw failed[0]!.error
  if (failed.length > 0) {
    const lines = failed.map(({pack, error}) => `  ${pack.folder}: ${error.message}`)
    throw new StudypackError(`${failed.length} of ${packs.length} packs failed:\n${lines.join('\n')}`)
  }
  return outcomes.map((outcome) => (outcome as {value: PackResult}).value)
}

export const needsBrowser = (config: BuildConfig) => documentsOf(config).some((document) => document.needsBrowser)

export function withBuildPrinter<T>(
  study: Study,
  config: BuildConfig,
  report: Reporter,
  work: (printer: Printer) => Promise<T>,
  {profile, start}: {profile?: Profile; start?: BrowserStart} = {},
): Promise<T> {
  if (!needsBrowser(config)) return work(noPrinter)
  const options = {
    browserPath: config.browser,
    contentDir: study.content.folder,
    // The page may read the user's stylesheets where they are (their fonts and images too).
    extraRoots: config.look.css.map((file) => path.dirname(file)),
    timeoutMs: config.timeout * 1000,
    concurrency: config.concurrency,
    onRestart: (reason: string) =>
      report.warn(warning(`the browser crashed (${reason}); starting it again and retrying once`, 'browser-crash')),
    profile,
    start,
  }
  return withPrinter(options, work)
}

/**
 * When the user named no guide, which one was read: said with the summary, so
 * that an error stays the one line it is.
 */
export function whichGuide(config: BuildConfig): string | null {
  const origin = config.origins.content ?? 'default'
  if (config.quiet || origin === 'command line') return null
  const what =
    origin === 'default'
      ? 'the bundled sample guide (name yours: studypack build GUIDE)'
      : origin.includes('this folder')
        ? origin
        : `${config.content} (set by ${origin})`
  return `studypack: read ${what}`
}

/** What the content itself warned of, said once before any pack is built. */
export function announce(study: Study, config: BuildConfig, report: Reporter): void {
  study.warnings.forEach((message) => report.warn(message))
  const glyphs = glyphWarning(study.content.files)
  if (glyphs) report.warn(glyphs)
  if (study.content.manifestFile === null) {
    const where = config.role ? '' : ' (output in all/)'
    report.warn(
      warning(`no studypack.yaml beside the guide: every section is common to every role${where}`, 'no-manifest'),
    )
  }
}

/** The guide's front matter may set document options: read below every other source, checked like them. */
export function withGuideOptions(config: BuildConfig, study: Study): BuildConfig {
  const file = study.content.files[0]
  const front = file && frontMatterOf(file)
  if (!file || !front) return config
  const where = {...front, file: path.join(study.content.folder, file.name), dir: study.content.folder}
  return usage(() => withFrontMatter(config, frontMatterLayer(where, allOptions(DOCUMENTS)), DOCUMENTS))
}

/** `--profile`: the table on stderr, and the spans in OUT/profile.json for tools (npm run bench). */
async function reportProfile(profile: Profile, out: string): Promise<void> {
  const spans = profile.spans()
  const total = performance.now()
  process.stderr.write(`${profileTable(spans, total)}\n`)
  await writeAtomic(path.join(out, 'profile.json'), `${JSON.stringify({totalMs: total, spans}, null, 2)}\n`)
}

/** `early`: a browser started before the config was built (cli/early.ts): used if it is the one this build needs. */
export async function runBuild(given: BuildConfig, early?: BrowserStart): Promise<BuildOutcome> {
  const started = performance.now()
  const run = createRunContext(given.look, given.profile)
  run.profile.since('run', 'process start and imports', 0)
  const bar = progress({quiet: given.quiet})
  // Chromium starts while the content is read and checked (if it has not yet); a bad guide stops it and is the error said.
  const start = needsBrowser(given) ? await takeBrowser(early, given.browser, given.timeout * 1000) : undefined
  if (early && !early.taken) await stopBrowser(early)
  const loadStarted = performance.now()
  const checked = await (async () => {
    const study = await loadStudy(given.content)
    const config = withGuideOptions(given, study)
    const packs = packsOf(study, config)
    await checkWritable(config.out)
    return {study, config, packs}
  })().catch(async (error: unknown) => {
    if (start) await stopBrowser(start)
    throw error
  })
  const {study, config, packs} = checked
  // The guide's front matter may leave only documents that print nothing (`only: [anki]`).
  if (start && !needsBrowser(config)) await stopBrowser(start)
  run.profile.since('run', 'content load and checks', loadStarted)
  announce(study, config, bar)
  const outcome = await withBuildPrinter(
    study,
    config,
    bar,
    async (printer) => {
      const results = await buildPacks(study, packs, config, printer, bar, run)
      if (!config.quiet) {
        const said = [whichGuide(config), summaryTable(results, performance.now() - started, widthOf(process.stderr))]
        process.stderr.write(`${said.filter(Boolean).join('\n')}\n`)
      }
      return {packs: results, launches: printer.launches()}
    },
    // A start stopped above is not used: a build that needs no browser gets none.
    {profile: run.profile, start},
  )
  if (config.profile) await reportProfile(run.profile, config.out)
  return outcome
}
