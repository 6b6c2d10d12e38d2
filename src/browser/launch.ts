/**
 * Start Chromium so that a build makes no outside connection and leaves
 * nothing behind. Distribution launchers are scripts that add flags of their
 * own (Debian's /usr/bin/chromium sources /etc/chromium.d, which turns on
 * remote extensions and sets Google API keys), so the real binary behind
 * one is started instead. Every host name resolves to nothing, and the flags
 * turn off what talks to Google: component and extension updates, safe
 * browsing, metrics, field trials, background networking. The page loads
 * only file: and data: URLs (pdf.ts), so it needs no name and no network.
 * DevTools runs over a pipe, not a socket: the browser sees its parent die
 * and exits. The profile and the browser's temp files live in one folder
 * studypack made and removes.
 */
import {type ChildProcess, spawn} from 'node:child_process'
import {closeSync, constants, openSync, readSync, accessSync, mkdtempSync, realpathSync} from 'node:fs'
import {rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import type {Browser, Page} from 'puppeteer'
import {StudypackError} from '../core/errors.js'
import {importLate} from '../core/late-import.js'
import type {Reaper} from '../core/reaper.js'
import type {BrowserChoice} from './find.js'
import {pipeTransport} from './pipe.js'

/** Where distributions keep the binary their launcher script starts. */
const REAL_BINARIES = [
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/lib64/chromium-browser/chromium-browser',
  '/usr/lib64/chromium/chromium',
  '/opt/google/chrome/chrome',
  '/opt/microsoft/msedge/msedge',
]

function startsWith(file: string, magic: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(file, constants.O_RDONLY)
    const head = Buffer.alloc(magic.length)
    readSync(fd, head, 0, magic.length, 0)
    return head.toString('latin1') === magic
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The program to start for `file`: itself when it is a binary, else the
 * binary its launcher script runs (beside it, or where distributions keep
 * it). A script whose binary cannot be found is started as it is.
 */
export function realBinary(file: string): {path: string; wrapper: string | null} {
  const real = (() => {
    try {
      return realpathSync(file)
    } catch {
      return file
    }
  })()
  if (!startsWith(real, '#!')) return {path: real, wrapper: null}
  const name = path.basename(real)
  const candidates = [path.join(path.dirname(real), 'chrome'), `/usr/lib/${name}/${name}`, ...REAL_BINARIES]
  const binary = candidates.find((candidate) => executable(candidate) && startsWith(candidate, '\x7fELF'))
  return binary ? {path: binary, wrapper: real} : {path: real, wrapper: null}
}

/** Flags that keep a headless browser from reaching anything but the page's own files. */
export function launchArgs(isRoot = process.getuid?.() === 0): string[] {
  return [
    // No name resolves, so nothing can be reached by name; the page needs none (file: and data: only).
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-extensions',
    '--disable-component-extensions-with-background-pages',
    '--disable-default-apps',
    '--disable-sync',
    '--disable-client-side-phishing-detection',
    '--safebrowsing-disable-auto-update',
    '--disable-domain-reliability',
    '--disable-field-trial-config',
    '--disable-breakpad',
    '--disable-crash-reporter',
    '--metrics-recording-only',
    '--no-pings',
    '--no-first-run',
    '--no-default-browser-check',
    '--no-service-autorun',
    '--password-store=basic',
    '--use-mock-keychain',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying,InterestFeedContentSuggestions,PrivacySandboxSettings4,SafeBrowsingBetterTelemetry',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
    // Chromium's sandbox cannot start as root; anyone else keeps it.
    ...(isRoot ? ['--no-sandbox'] : []),
  ]
}

/** The environment the browser runs in: no Google API keys, and its temp files in our folder. */
function browserEnv(tempDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env))
    if (!/^GOOGLE_(API_KEY|DEFAULT_CLIENT_)/.test(key)) env[key] = value
  return {...env, TMPDIR: tempDir, TMP: tempDir, TEMP: tempDir}
}

/**
 * What puppeteer's own launch adds to a headless Chrome's flags, as of
 * puppeteer 24 (ChromeLauncher.defaultArgs): the browser is started here
 * rather than by puppeteer.launch, before puppeteer is even loaded, and a test
 * holds this list to what puppeteer.defaultArgs says.
 */
const PUPPETEER_FLAGS = [
  '--allow-pre-commit-input',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--enable-automation',
  // Tagged PDFs and their bookmarks come from these two.
  '--export-tagged-pdf',
  '--generate-pdf-document-outline',
  '--force-color-profile=srgb',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
]
const PUPPETEER_DISABLED = [
  'Translate',
  'AcceptCHFrame',
  'MediaRouter',
  'OptimizationHints',
  'WebUIReloadButton',
  'ProcessPerSiteUpToMainFrameThreshold',
  'IsolateSandboxedIframes',
]

/** Every flag the browser starts with: ours, puppeteer's, one list of features turned off, DevTools over a pipe. */
export function browserArgs(userDataDir: string, isRoot = process.getuid?.() === 0): string[] {
  const ours = launchArgs(isRoot)
  const disabled = ours
    .filter((arg) => arg.startsWith('--disable-features='))
    .flatMap((arg) => arg.slice(19).split(','))
  const rest = ours.filter((arg) => !arg.startsWith('--disable-features=') && !PUPPETEER_FLAGS.includes(arg))
  return [
    ...PUPPETEER_FLAGS,
    ...rest,
    `--disable-features=${[...new Set([...PUPPETEER_DISABLED, ...disabled])].join(',')}`,
    `--user-data-dir=${userDataDir}`,
    '--remote-debugging-pipe',
    'about:blank',
  ]
}

export interface LaunchedBrowser {
  browser: Browser
  /** The browser's process, leader of its own group (see start.ts endBrowser). */
  child: ChildProcess
  /** Remove the profile and temp folder (after the browser has exited). */
  removeFolder(): Promise<void>
  folder: string
  /** When it answered, in performance.now() time. */
  readyAt: number
  /** The blank tab it started with, for the first document (see printer.ts): a page it need not open. */
  initial: Promise<Page | undefined>
}

/** A browser process started, its DevTools pipe not yet connected. */
export interface SpawnedBrowser {
  choice: BrowserChoice
  child: ChildProcess
  folder: string
  removeFolder(): Promise<void>
  /** Settles with the reason once the process has failed to start or has exited. */
  ended: Promise<string>
}

/** The last lines the browser wrote to stderr, for the message when it fails to start. */
function recentLines(child: ChildProcess): () => string {
  let tail = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-2000)
  })
  return () => tail.trim().split('\n').pop() ?? ''
}

/**
 * Start the browser now, synchronously, in a folder of its own: the command
 * line does so before it has loaded anything else (cli/early.ts), and
 * connectBrowser talks to it once puppeteer is loaded.
 */
export function spawnBrowser(choice: BrowserChoice, reaper: Reaper): SpawnedBrowser {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'studypack-browser-'))
  const removed = reaper.watch(folder)
  const removeFolder = async () => {
    await rm(folder, {recursive: true, force: true, maxRetries: 3})
    removed()
  }
  const binary = realBinary(choice.path)
  // Its own process group (detached), so that ending it ends every process it started; fds 3 and 4 are DevTools.
  const child = spawn(binary.path, browserArgs(path.join(folder, 'profile')), {
    detached: process.platform !== 'win32',
    env: browserEnv(folder),
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  })
  const lastLine = recentLines(child)
  const ended = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(error.message))
    child.once('exit', (code, signal) => {
      const how = signal ? `it was killed (${signal})` : `it exited with code ${code}`
      resolve([how, lastLine()].filter(Boolean).join(': '))
    })
  })
  return {choice: {...choice, path: binary.path}, child, folder, removeFolder, ended}
}

/** Kill a browser's process group (and it, should the group be gone). */
export function killBrowser(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
}

/**
 * Connect puppeteer to a spawned browser over its pipe, within the timeout.
 * A browser that exits first, or does not answer in time, is killed and its
 * folder removed, and the start fails with what happened.
 */
export async function connectBrowser(
  spawned: SpawnedBrowser,
  timeoutMs: number,
  source: string,
): Promise<LaunchedBrowser> {
  const {child, folder, removeFolder} = spawned
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StudypackError(
            `the browser did not start within ${Math.round(timeoutMs / 1000)} s (raise --timeout if this machine is slow)`,
          ),
        ),
      timeoutMs,
    )
  })
  const failed = spawned.ended.then((reason) => {
    throw new StudypackError(`could not start the browser at ${spawned.choice.path} (${source}): ${reason}`)
  })
  try {
    const {default: puppeteer} = await importLate<typeof import('puppeteer')>('puppeteer')
    const [, , , toBrowser, fromBrowser] = child.stdio as unknown as [null, null, Readable, Writable, Readable]
    const connecting = puppeteer.connect({
      transport: pipeTransport(toBrowser, fromBrowser),
      protocolTimeout: timeoutMs,
      defaultViewport: {width: 800, height: 600},
    })
    const browser = await Promise.race([connecting, failed, late])
    failed.catch(() => {})
    // The tab the browser opened as it started: asked for now, it is ready by the time a document needs a page.
    const initial = browser.pages().then(
      (pages) => pages[0],
      () => undefined,
    )
    return {browser, child, folder, removeFolder, readyAt: performance.now(), initial}
  } catch (error) {
    failed.catch(() => {})
    killBrowser(child)
    await Promise.race([spawned.ended, new Promise((resolve) => setTimeout(resolve, 2000))])
    await removeFolder()
    throw error instanceof StudypackError
      ? error
      : new StudypackError(
          `could not start the browser at ${spawned.choice.path} (${source}): ${(error as Error).message.split('\n')[0]}`,
          {cause: error},
        )
  } finally {
    clearTimeout(timer)
  }
}

/** Start a browser and connect to it. */
export function launchBrowser(choice: BrowserChoice, timeoutMs: number, reaper: Reaper): Promise<LaunchedBrowser> {
  return connectBrowser(spawnBrowser(choice, reaper), timeoutMs, choice.source)
}
