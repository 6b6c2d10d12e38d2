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
import {closeSync, constants, openSync, readSync, accessSync, realpathSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {Browser} from 'puppeteer'
import {StudypackError} from '../core/errors.js'
import type {Reaper} from '../core/reaper.js'
import type {BrowserChoice} from './find.js'

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

export interface LaunchedBrowser {
  browser: Browser
  /** Remove the profile and temp folder (after the browser has exited). */
  removeFolder(): Promise<void>
  folder: string
}

export async function launchBrowser(
  choice: BrowserChoice,
  timeoutMs: number,
  reaper: Reaper,
): Promise<LaunchedBrowser> {
  const {default: puppeteer} = await import('puppeteer')
  const folder = await mkdtemp(path.join(os.tmpdir(), 'studypack-browser-'))
  const removed = reaper.watch(folder)
  const removeFolder = async () => {
    await rm(folder, {recursive: true, force: true, maxRetries: 3})
    removed()
  }
  const binary = realBinary(choice.path)
  // The whole start within the timeout: a browser that hangs while starting is killed (puppeteer closes
  // it on abort), and the start fails then, whether or not puppeteer's launch ever settles.
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), timeoutMs)
  const gaveUp = new Promise<never>((_, reject) =>
    abort.signal.addEventListener('abort', () => reject(new Error('start timed out')), {once: true}),
  )
  try {
    const launching = puppeteer.launch({
      signal: abort.signal,
      executablePath: binary.path,
      headless: true,
      args: launchArgs(),
      userDataDir: path.join(folder, 'profile'),
      env: browserEnv(folder),
      pipe: true,
      timeout: timeoutMs,
      protocolTimeout: timeoutMs,
      // studypack closes the browser itself, after removing its temp files.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    // One that starts after all is not left running.
    launching.then(
      (late) => abort.signal.aborted && late.process()?.kill('SIGKILL'),
      () => {},
    )
    const browser = await Promise.race([launching, gaveUp])
    return {browser, folder, removeFolder}
  } catch (error) {
    await removeFolder()
    if (abort.signal.aborted)
      throw new StudypackError(
        `the browser did not start within ${Math.round(timeoutMs / 1000)} s (raise --timeout if this machine is slow)`,
        {cause: error},
      )
    throw new StudypackError(
      `could not start the browser at ${binary.path} (${choice.source}): ${(error as Error).message.split('\n')[0]}`,
      {cause: error},
    )
  } finally {
    clearTimeout(timer)
  }
}
