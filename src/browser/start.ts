/**
 * Starting and ending a browser, apart from the printer that uses it, so
 * that a run can start Chromium before it has loaded anything else: the
 * command line does so first thing (cli/early.ts), and a build while its
 * content is read. Its errors wait until the run uses it, so that a bad guide
 * or a bad flag is still the one error said. This module loads nothing
 * heavy: puppeteer itself is imported when the browser is launched.
 */
import {StudypackError} from '../core/errors.js'
import {isEnding, onExit} from '../core/lifecycle.js'
import type {Reaper} from '../core/reaper.js'
import {startReaper} from '../core/reaper.js'
import {findBrowser, likelyBrowser, type BrowserChoice} from './find.js'
import {
  connectBrowser,
  killBrowser,
  launchBrowser,
  spawnBrowser,
  type LaunchedBrowser,
  type SpawnedBrowser,
} from './launch.js'

/** A browser asked for before the run knows it will print. */
export interface BrowserStart {
  choice: Promise<BrowserChoice>
  browser: Promise<LaunchedBrowser>
  reaper: Reaper
  started: number
  /** What it was started with: a run whose config says otherwise starts its own (see takeBrowser). */
  browserPath: string | undefined
  timeoutMs: number
  /** Set once a run uses it or it is stopped: nobody else may. */
  taken: boolean
  /** Hand the clean-up on a signal over to whoever ends the browser from now on (the printer). */
  release(): void
}

/**
 * The browser is spawned at once when findBrowser's answer can be told
 * without loading puppeteer (find.ts likelyBrowser), and connected once
 * findBrowser agrees; otherwise, or when it does not, it is started then.
 */
export function startBrowser(browserPath: string | undefined, timeoutMs: number): BrowserStart {
  // Removes the run's temp folders should this process be killed outright (-9) before it can.
  const reaper = startReaper()
  // Once a signal is being handled, nothing new is started (its clean-ups may have run already).
  const likely = isEnding() ? undefined : likelyBrowser(browserPath)
  const spawned = likely && spawnNow(likely, reaper)
  const choice = isEnding() ? Promise.reject(new StudypackError('the run is ending')) : findBrowser(browserPath)
  const browser = choice.then(
    (found) => {
      if (spawned && found.path === likely.path) return connectBrowser(spawned, timeoutMs, found.source)
      if (spawned) void discard(spawned)
      return launchBrowser(found, timeoutMs, reaper)
    },
    async (error: unknown) => {
      if (spawned) await discard(spawned)
      throw error
    },
  )
  // Nothing goes unhandled: the run awaits both when it prints, or stopBrowser does.
  choice.catch(() => {})
  browser.catch(() => {})
  const start: BrowserStart = {
    choice,
    browser,
    reaper,
    started: performance.now(),
    browserPath,
    timeoutMs,
    taken: false,
    release: () => {},
  }
  // A signal before a printer takes it over (the content is still being read): it goes, with its folder.
  start.release = onExit(() => stopBrowser(start))
  return start
}

/** Spawned now, or undefined when even that fails (the start proper then says why). */
function spawnNow(choice: BrowserChoice, reaper: Reaper): SpawnedBrowser | undefined {
  try {
    return spawnBrowser(choice, reaper)
  } catch {
    return undefined
  }
}

/** A browser spawned on a guess that findBrowser did not confirm. */
async function discard(spawned: SpawnedBrowser): Promise<void> {
  killBrowser(spawned.child)
  await within(spawned.ended, 2000)
  await spawned.removeFolder()
}

/** The run ends before printing anything (the content was bad): the browser goes, with its folder. */
export async function stopBrowser(start: BrowserStart): Promise<void> {
  start.taken = true
  start.release()
  const launched = await start.browser.catch(() => undefined)
  if (launched) await endBrowser(launched)
  start.reaper.close()
}

/**
 * The browser a run needs: the one started early when it was started as the
 * run would start it (same browser, same timeout), else a new one; the early
 * one is stopped when it is not used.
 */
export async function takeBrowser(
  early: BrowserStart | undefined,
  browserPath: string | undefined,
  timeoutMs: number,
): Promise<BrowserStart> {
  if (early && !early.taken && early.browserPath === browserPath && early.timeoutMs === timeoutMs) {
    early.taken = true
    return early
  }
  if (early && !early.taken) await stopBrowser(early)
  const start = startBrowser(browserPath, timeoutMs)
  start.taken = true
  return start
}

export function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const patience = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms)
  })
  return Promise.race([work, patience]).finally(() => clearTimeout(timer))
}

/**
 * End a browser and remove its profile and temp files. It is killed, with
 * every process it started (launch.ts starts it as the leader of its own
 * process group), rather than asked to close: its profile is a temp folder
 * with nothing to keep, a hung browser would not answer, and closing politely
 * takes a hundred milliseconds more at the end of every run.
 */
export async function endBrowser({browser, child, removeFolder}: LaunchedBrowser): Promise<void> {
  const running = () => child.exitCode === null && child.signalCode === null
  if (running()) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    killBrowser(child)
    // Its files are in use until it has exited; a killed process exits at once.
    await within(exited, 2000)
  }
  browser.disconnect().catch(() => {})
  await removeFolder()
}
