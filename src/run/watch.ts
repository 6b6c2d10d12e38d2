/**
 * `studypack build --watch`: build, then build again whenever the guide, the
 * manifest, the answer key, the glossary, a template or a style changes, in
 * the same open browser. A broken edit is reported and the watcher waits for
 * the next one; Ctrl-C closes the browser and ends the run.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {watch} from 'chokidar'
import {loadStudy} from '../select/study.js'
import {TEMPLATES_DIR} from '../core/paths.js'
import {forgetFits} from '../documents/cards/fit-cache.js'
import {forgetTemplates} from '../render/template.js'
import type {Printer} from '../browser/printer.js'
import {announce, buildPacks, checkNotEmpty, packsOf, withBuildPrinter, type BuildArgs} from './build.js'
import {progress} from '../output/progress.js'
import {summaryTable} from '../output/summary.js'

const WATCHED = /\.(md|markdown|ya?ml|hbs|css)$/i

async function contentFolder(content: string): Promise<string> {
  const target = path.resolve(content)
  return (await stat(target)).isDirectory() ? target : path.dirname(target)
}

/** Call `rebuild` after each burst of changes, never two at once. */
function onChanges(folders: string[], out: string, rebuild: () => Promise<void>): void {
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
  let dirty = false
  // Changes during a build make one more build after it, however many they were.
  const kick = async () => {
    if (building) return void (dirty = true)
    building = true
    do {
      dirty = false
      await rebuild()
    } while (dirty)
    building = false
  }
  watcher.on('all', () => {
    clearTimeout(timer)
    // Editors save in bursts: one rebuild per burst.
    timer = setTimeout(() => void kick(), 150)
  })
}

export async function runWatch(args: BuildArgs): Promise<void> {
  const bar = progress({quiet: args.quiet})
  const say = (line: string) => void process.stderr.write(`${line}\n`)
  const folder = await contentFolder(args.content)
  const first = await loadStudy(args.content)
  announce(first, args, bar)
  await withBuildPrinter(first, args, bar, async (printer: Printer) => {
    const build = async (reason: string) => {
      const started = performance.now()
      try {
        if (reason !== 'start') {
          forgetTemplates()
          forgetFits()
        }
        const study = reason === 'start' ? first : await loadStudy(args.content)
        if (reason !== 'start') study.warnings.forEach((warning) => bar.warn(warning))
        const packs = packsOf(study, args)
        packs.forEach((pack) => checkNotEmpty(study, pack))
        const results = await buildPacks(study, packs, args, printer, bar)
        if (!args.quiet) say(summaryTable(results, performance.now() - started))
      } catch (error) {
        say(`studypack: ${(error as Error).message}`)
      }
      say(`watching ${path.relative(process.cwd(), folder) || '.'} and the templates for changes (Ctrl-C to stop)`)
    }
    await build('start')
    onChanges([folder, TEMPLATES_DIR], args.out, () => build('change'))
    // Runs until a signal: the printer's handler closes the browser and exits.
    await new Promise<never>(() => {})
  })
}
