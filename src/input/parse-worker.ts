/**
 * A worker thread of parallel.ts: parses the pieces of a big guide it is
 * sent, with the same parser as the main thread, and sends their trees back.
 */
import {parentPort} from 'node:worker_threads'
import {parsePieces} from './parse.js'

parentPort?.on('message', ({pieces, suffix}: {pieces: string[]; suffix: string}) => {
  parentPort?.postMessage(parsePieces(pieces, suffix))
})
