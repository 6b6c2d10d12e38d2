/**
 * A full garbage collection on demand. A batch of packs makes and drops
 * hundreds of megabytes of HTML, fonts as data: URLs and PDF bytes; left to
 * itself V8 lets a long run's heap grow far past what one pack needs before
 * it collects (a 16-pack run peaked 100 MB above one pack, all of it garbage).
 * The build collects after each pack instead: a few milliseconds each.
 */
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/** V8's gc(): once --expose-gc is set, a fresh context has it as a global. */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}
