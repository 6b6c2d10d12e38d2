/**
 * Garbage collection on demand. A batch of packs makes and drops hundreds of
 * megabytes of HTML, fonts as data: URLs and PDF bytes; left to itself V8 lets
 * a long run's heap grow far past what one pack needs before it collects (a
 * 16-pack run peaked 100 MB above one pack, all of it garbage). A full
 * collection costs 50 to 180 ms on this 2-core machine while the other pack's
 * work waits, and one pack leaves only 10 to 35 MB of garbage: so the build
 * collects only once its garbage has grown past a slack, every few packs.
 */
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/** V8's gc(): once --expose-gc is set, a fresh context has it as a global. */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

/** What a collection can give back: the JS heap and the PDF and font bytes it holds. */
function held(): number {
  const {heapUsed, arrayBuffers} = process.memoryUsage()
  return heapUsed + arrayBuffers
}

/** Slack of a batch: about three packs' garbage, well inside issue 16's 1.3 × one pack's peak. */
const SLACK = 64 * 1024 * 1024

/**
 * A collector to call after each unit of work: it collects when what is held
 * has grown by more than `slack` bytes since it last collected (or was made).
 * Returns whether it collected.
 */
export function garbageCollector(slack = SLACK, measure: () => number = held): () => boolean {
  let floor = measure()
  return () => {
    if (measure() - floor < slack) return false
    collectGarbage()
    floor = measure()
    return true
  }
}
