/** Processes a test started, and whether they are still running. */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'

export function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], {encoding: 'utf8'})
  const rows = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number])
  const found: number[] = []
  const walk = (parent: number) =>
    rows.filter(([, ppid]) => ppid === parent).forEach(([child]) => (found.push(child), walk(child)))
  walk(pid)
  return found
}

/** Running, that is: a zombie has exited and only waits for init to reap it. */
export function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
  } catch {
    return false
  }
}

export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
  } catch {
    return ''
  }
}

export const browsersOf = (pid: number) => descendants(pid).filter((child) => /chrom/i.test(commandOf(child)))

export async function waitUntil(condition: () => boolean, ms = 60_000, what = 'a condition'): Promise<void> {
  for (let waited = 0; waited < ms; waited += 50) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}
