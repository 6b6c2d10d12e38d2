/**
 * `studypack build --watch`: build, then build again whenever the guide, the
 * manifest, the answer key, the glossary, a template or a style changes, in
 * the same open browser. A broken edit is reported and the watcher waits for
 * the next one; Ctrl-C closes the browser and ends the run.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {watch} from 'chokidar'
import type {Printer} from '../browser/printer.js'
import type {BuildConfig} from '../config/build-config.js'
import {UsageError} from '../core/errors.js'
import {TEMPLATES_DIR} from '../core/paths.js'
import {STDIN} from '../input/stdin.js'
import {progress} from '../output/progress.js'
import {paint} from '../output/colors.js'
import {summaryTable, widthOf, type PackResult} from '../output/summary.js'
import {checkWritable} from '../output/write.js'
import {loadStudy, type Study} from '../select/study.js'
import {announce, buildPacks, packsOf, whichGuide, withBuildPrinter, withGuideOptions} from './build.js'
import {createRunContext} from './context.js'
import {removeStale, staleFiles} from './stale.js'

const WATCHED = /\.(md|markdown|ya?ml|hbs|css)$/i

async function contentFolder(content: string): Promise<string> {
  const target = path.resolve(content)
  return (await stat(target)).isDirectory() ? target : path.dirname(target)
}

/** Call `rebuild` after each burst of changes, with the files that changed, never two at once. */
function onChanges(folders: string[], out: string, rebuild: (changed: string[]) => Promise<void>): void {
  const outDir = path.resolve(out)
  const watcher = watch(folders, {
    ignoreInitial: true,
    ignored: (file, stats) =>
      file === outDir ||
      file.startsWith(outDir + path.sep) ||
      path.basename(file).startsWith('.') ||
      (stats?.isFile() === true && !WATCHED.test(file)),
  })
  let timer: NodeJS.Timeout | undefined
  let building = false
  let pending = new Set<string>()
  // Changes during a build make one more build after it, however many they were.
  const kick = async () => {
    if (building) return
    building = true
    while (pending.size > 0) {
      const changed = [...pending]
      pending = new Set()
      await rebuild(changed)
    }
    building = false
  }
  watcher.on('all', (_event, file) => {
    pending.add(file)
    clearTimeout(timer)
    // Editors save in bursts: one rebuild per burst.
    timer = setTimeout(() => void kick(), 150)
  })
}

const shortName = (file: string) => path.relative(process.cwd(), file) || file

/**
 * The first build's input is checked like any build's: a bad role or a broken
 * manifest ends the run with its exit code before anything is watched. Later
 * edits that break it are reported, and the watcher waits for the next one.
 */
export async function runWatch(given: BuildConfig): Promise<void> {
  if (given.content === STDIN)
    throw new UsageError('--watch watches files: it cannot watch a guide read from standard input')
  const bar = progress({quiet: given.quiet})
  const say = (line: string) => void process.stderr.write(`${line}\n`)
  const colors = paint(process.stderr)
  let last: PackResult[] = []
  const folder = await contentFolder(given.content)
  const first = await loadStudy(given.content)
  const config = withGuideOptions(given, first)
  const firstPacks = packsOf(first, config)
  await checkWritable(config.out)
  announce(first, config, bar)
  await withBuildPrinter(first, config, bar, async (printer: Printer) => {
    const build = async (study: Study, packs = packsOf(study, config)) => {
      const started = performance.now()
      const results = await buildPacks(study, packs, config, printer, bar, createRunContext(config.look))
      const stale = staleFiles(last, results)
      await removeStale(config.out, stale)
      last = results
      const ms = performance.now() - started
      if (!config.quiet)
        say([whichGuide(config), summaryTable(results, ms, widthOf(process.stderr))].filter(Boolean).join('\n'))
      if (!config.quiet && stale.length > 0) say(`removed, no longer written: ${stale.join(', ')}`)
      return {documents: results.reduce((sum, pack) => sum + pack.files.length, 0), ms}
    }
    const watching = () =>
      say(`watching ${path.relative(process.cwd(), folder) || '.'} and the templates for changes (Ctrl-C to stop)`)
    await build(first, firstPacks).catch((error: Error) => say(`studypack: ${error.message}`))
    watching()
    onChanges([folder, TEMPLATES_DIR], config.out, async (changed) => {
      try {
        const study = await loadStudy(config.content)
        study.warnings.forEach((message) => bar.warn(message))
        const {documents, ms} = await build(study, packsOf(study, withGuideOptions(given, study)))
        const time = new Date().toLocaleTimeString('en-GB')
        say(
          `${colors.green('changed:')} ${changed.map(shortName).join(', ')}; rebuilt ${documents} files in ${(ms / 1000).toFixed(1)} s (${time})`,
        )
      } catch (error) {
        say(`${colors.red('studypack:')} ${(error as Error).message}`)
      }
      watching()
    })
    // Runs until a signal: the printer's handler closes the browser and exits.
    await new Promise<never>(() => {})
  })
}
