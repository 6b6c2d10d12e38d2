/**
 * A big guide is parsed on every core. Its pieces (cut between top-level
 * headings, see parse.ts) are shared out in contiguous runs of about equal
 * length: one run parsed here, each other in a worker thread, and the trees
 * put back in order. The result is the tree parseMarkdown makes. A guide
 * under a megabyte is parsed here alone: starting threads costs more than it saves.
 */
import os from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {Root} from 'mdast'
import {PROJECT_ROOT} from '../core/paths.js'
import {parseMarkdown, parseMarkdownWith, parsePieces} from './parse.js'

export const PARALLEL_MIN = 1024 * 1024
/** The compiled worker: the command line is one bundled file, so it cannot be found beside this module. */
const WORKER_FILE = path.join(PROJECT_ROOT, 'dist', 'input', 'parse-worker.js')

/** Runs of consecutive pieces, one per thread, each about the same number of characters. */
export function shares(pieces: string[], count: number): string[][] {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0)
  const runs: string[][] = [[]]
  let done = 0
  for (const piece of pieces) {
    const run = runs[runs.length - 1]!
    if (run.length > 0 && done >= (total * runs.length) / count && runs.length < count) runs.push([piece])
    else run.push(piece)
    done += piece.length
  }
  return runs
}

function inWorker(worker: Worker, pieces: string[], suffix: string): Promise<Root[]> {
  return new Promise((resolve, reject) => {
    const settle = (done: () => void) => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      done()
    }
    const onMessage = (trees: Root[]) => settle(() => resolve(trees))
    const onError = (error: Error) => settle(() => reject(error))
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.postMessage({pieces, suffix})
  })
}

/** The pieces parsed by this thread and the workers; a worker that fails leaves its run to this thread. */
function sharedParser(workers: Worker[]) {
  return async (pieces: string[], suffix: string): Promise<Root[]> => {
    const [own = [], ...others] = shares(pieces, workers.length + 1)
    const sent = others.map((run, index) =>
      inWorker(workers[index]!, run, suffix).catch(() => parsePieces(run, suffix)),
    )
    const here = parsePieces(own, suffix)
    return [...here, ...(await Promise.all(sent)).flat()]
  }
}

/** Each text parsed as parseMarkdown does; big ones on every core (`threads`, default all). */
export async function parseAll(texts: string[], threads = os.availableParallelism()): Promise<Root[]> {
  const big = texts.some((text) => text.length >= PARALLEL_MIN)
  if (!big || threads < 2) return texts.map((text) => parseMarkdown(text))
  const workers = Array.from({length: threads - 1}, () => new Worker(WORKER_FILE))
  try {
    const parse = sharedParser(workers)
    const trees: Root[] = []
    for (const text of texts)
      trees.push(text.length >= PARALLEL_MIN ? await parseMarkdownWith(parse, text) : parseMarkdown(text))
    return trees
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
