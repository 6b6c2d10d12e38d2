/**
 * One pack: each chosen document built and its files written, atomically,
 * into the pack's folder. With --html each printed document also gets a
 * self-contained HTML twin: the HTML its PDF shows, inlined.
 */
import path from 'node:path'
import type {Printer} from '../browser/printer.js'
import type {BuildConfig} from '../config/build-config.js'
import type {Reporter} from '../core/report.js'
import {signal} from '../core/signal.js'
import type {PackMeta} from '../documents/meta.js'
import {START_FIRST} from '../documents/index.js'
import type {OutputFile, StudyDocument} from '../documents/types.js'
import type {FileResult, PackResult} from '../output/summary.js'
import {writeAtomic} from '../output/write.js'
import {selfContained} from '../render/inline.js'
import type {Pack} from '../select/packs.js'
import {selectGuide} from '../select/sections.js'
import type {Study} from '../select/study.js'
import type {RunContext} from './context.js'

export interface PackJob {
  study: Study
  pack: Pack
  meta: PackMeta
  documents: StudyDocument[]
  config: BuildConfig
  printer: Printer
  report: Reporter
  run: RunContext
}

const sizeOf = (data: Uint8Array | string) => (typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength)

/**
 * Every document's build started, each with a way to wait for another's
 * files. Rendering a document is work for this thread and printing it work
 * for the browser, so they overlap: each document starts once the one before
 * it has sent its page to the browser (or finished, or asked for the files
 * of a document after it), not all at once, which would leave the browser idle
 * until every document had been rendered. The cards start first (START_FIRST).
 */
function startBuilds(job: PackJob, guide: Study['guide']): Map<string, Promise<OutputFile[]>> {
  const {study, pack, meta, config, report, run} = job
  const builds = new Map<string, Promise<OutputFile[]>>()
  let turn: Promise<unknown> = Promise.resolve()
  const first = (document: StudyDocument) => Number(START_FIRST.includes(document.name))
  const started = [...job.documents].sort((a, b) => first(b) - first(a))
  const order = started.map((document) => document.name)
  for (const [index, document] of started.entries()) {
    const options = config.documents[document.name] ?? {}
    const printer = job.printer.for(document.name)
    const {done: handedOver, fire: handOver} = signal()
    const resultOf = (name: string) => {
      // One that comes later has not started, and starts only once this one hands over: now.
      if (order.indexOf(name) > index) handOver()
      return builds.get(name)
    }
    const context = {study, pack, guide, meta, config, options, report, printer, run, resultOf}
    const build = turn.then(() => run.profile.time(document.name, 'whole document', () => document.build(context)))
    builds.set(document.name, build)
    turn = Promise.race([handedOver, printer.sent(), build.catch(() => {})])
  }
  return builds
}

/** One document's files, written as soon as they are made. */
async function writeDocument(
  job: PackJob,
  document: string,
  made: Promise<OutputFile[]>,
  folder: string,
): Promise<FileResult[]> {
  const {config, report, run} = job
  const files = await made
  const results: FileResult[] = []
  const write = async (name: string, data: Uint8Array | string, pages?: number) => {
    const target = path.join(folder, name)
    await run.profile.time(document, `write ${name}`, () => writeAtomic(target, data))
    results.push({name, bytes: sizeOf(data), pages})
    report.info(`wrote ${target}${pages ? ` (${pages} page${pages === 1 ? '' : 's'})` : ''}`)
  }
  for (const file of files) {
    if (!('html' in file)) {
      await write(file.name, file.data)
      continue
    }
    await write(file.name, file.data, file.pages)
    if (config.html) await write(file.name.replace(/\.pdf$/, '.html'), await selfContained(file.html, run.inlined))
  }
  return results
}

/**
 * The documents of a pack are built side by side: the printer's page pool
 * decides how many are in the browser at once, so one pack uses every lane
 * that --concurrency opens, as a whole batch does. The pack's sections are
 * selected once, for all its documents.
 */
export async function buildPack(job: PackJob): Promise<PackResult> {
  const started = performance.now()
  const folder = path.join(job.config.out, job.pack.folder)
  const guide = selectGuide(job.study.guide, job.study.tags, job.pack)
  const builds = startBuilds(job, guide)
  const settled = await Promise.allSettled(
    // Said in the registry's order, whatever order they started in.
    job.documents.map(({name}) => writeDocument(job, name, builds.get(name)!, folder)),
  )
  const failed = settled.find((outcome) => outcome.status === 'rejected')
  if (failed) throw failed.reason
  const files = settled.flatMap((outcome) => (outcome as PromiseFulfilledResult<FileResult[]>).value)
  return {folder: job.pack.folder, files, ms: performance.now() - started}
}
