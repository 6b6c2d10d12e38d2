/**
 * Clean-ups that must run however a run ends. On SIGINT, SIGTERM or SIGHUP
 * every registered clean-up runs (browser closed, temp files removed), then
 * the process exits with the signal's conventional code. Finished outputs
 * stay: they were renamed into place whole.
 */
type Cleanup = () => Promise<void> | void

const cleanups = new Set<Cleanup>()
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
const EXIT_CODES: Record<string, number> = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129}

let ending = false

/** True once a signal is being handled: what fails after that (a print cut off) is the signal's doing, not news. */
export const isEnding = () => ending

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (ending) return
  ending = true
  // What registers while clean-ups run (a printer the run was just opening) is cleaned up too.
  while (cleanups.size > 0) {
    const batch = [...cleanups]
    cleanups.clear()
    await Promise.allSettled(batch.map(async (cleanup) => cleanup()))
  }
  process.exit(EXIT_CODES[signal] ?? 1)
}

function listen(): void {
  for (const signal of SIGNALS) if (!process.listeners(signal).includes(onSignal)) process.on(signal, onSignal)
}

function unlisten(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal)
}

/** Register a clean-up; the returned function unregisters it. */
export function onExit(cleanup: Cleanup): () => void {
  cleanups.add(cleanup)
  listen()
  return () => {
    cleanups.delete(cleanup)
    if (cleanups.size === 0) unlisten()
  }
}
