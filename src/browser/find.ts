/**
 * Find a Chrome or Chromium the way users expect (launch.ts starts it).
 * One browser serves a whole run.
 */
import {accessSync, constants, existsSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {StudypackError} from '../core/errors.js'
import {importLate} from '../core/late-import.js'

export interface BrowserChoice {
  path: string
  /** Where it was found, for `--debug` and error messages. */
  source: string
}

const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
}

export const INSTALL_HINT = [
  'no Chrome or Chromium found; the PDFs are printed with one. Install one, or point at one:',
  '  Debian/Ubuntu: sudo apt-get install chromium',
  '  macOS:         brew install --cask chromium   (or install Google Chrome)',
  '  Windows:       winget install Google.Chrome',
  '  any system:    --browser /path/to/chrome, or set PUPPETEER_EXECUTABLE_PATH or CHROME_PATH',
].join('\n')

/** Names a browser goes by on PATH, in the order they are tried. */
export const PATH_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'msedge',
  'microsoft-edge',
]

/** The first of PATH_NAMES on PATH (with Windows' extensions where they apply). */
function onPath(env: NodeJS.ProcessEnv): string | undefined {
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : ['']
  const folders = (env.PATH ?? '').split(path.delimiter).filter(Boolean)
  for (const name of PATH_NAMES) {
    for (const folder of folders) {
      for (const extension of extensions) {
        const file = path.join(folder, name + extension.toLowerCase())
        if (executable(file)) return file
      }
    }
  }
  return undefined
}

/** No browser anywhere: the one failure the setup script can mend by installing one. */
export class NoBrowserError extends StudypackError {
  constructor() {
    super(INSTALL_HINT)
    this.name = 'NoBrowserError'
  }
}

function executable(file: string | undefined): file is string {
  if (!file) return false
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

async function puppeteerCache(): Promise<string | undefined> {
  try {
    const {default: puppeteer} = await importLate<typeof import('puppeteer')>('puppeteer')
    return puppeteer.executablePath()
  } catch {
    return undefined // No browser in puppeteer's cache, or no cache at all.
  }
}

/** A browser the user named (--browser, then the environment); a name that is not an executable file is an error. */
function explicitChoice(flag: string | undefined, env: NodeJS.ProcessEnv): BrowserChoice | undefined {
  // An explicit choice that is wrong is an error, not a reason to pick another browser.
  const explicit: Array<[string, string | undefined]> = [
    ['--browser', flag],
    ['PUPPETEER_EXECUTABLE_PATH', env.PUPPETEER_EXECUTABLE_PATH],
    ['CHROME_PATH', env.CHROME_PATH],
  ]
  for (const [source, file] of explicit) {
    if (!file) continue
    if (!executable(file)) throw new StudypackError(`${source} names ${file}, which is not an executable file`)
    return {path: file, source}
  }
  return undefined
}

/** A browser installed on this machine: on PATH, else in the usual system places. */
function installedChoice(env: NodeJS.ProcessEnv): BrowserChoice | undefined {
  const found = onPath(env)
  if (found) return {path: found, source: 'PATH'}
  const system = (SYSTEM_BROWSERS[process.platform] ?? []).find(executable)
  return system ? {path: system, source: 'system'} : undefined
}

export async function findBrowser(flag?: string, env: NodeJS.ProcessEnv = process.env): Promise<BrowserChoice> {
  const explicit = explicitChoice(flag, env)
  if (explicit) return explicit
  const cached = await puppeteerCache()
  if (executable(cached)) return {path: cached, source: "puppeteer's cache"}
  const installed = installedChoice(env)
  if (installed) return installed
  throw new NoBrowserError()
}

/**
 * What findBrowser will find, told at once without loading puppeteer (a fifth
 * of a second), so that the browser can be started first thing: an explicit
 * choice, or an installed browser when there is no puppeteer cache that could
 * come before it. Undefined when it cannot be told, or when findBrowser will
 * fail; its answer is a guess the caller checks against findBrowser's.
 */
export function likelyBrowser(flag?: string, env: NodeJS.ProcessEnv = process.env): BrowserChoice | undefined {
  try {
    const explicit = explicitChoice(flag, env)
    if (explicit) return explicit
  } catch {
    return undefined
  }
  const home = env.HOME || env.USERPROFILE || os.homedir()
  const caches = [env.PUPPETEER_CACHE_DIR, path.join(home, '.cache', 'puppeteer')]
  if (caches.some((dir) => dir && existsSync(dir))) return undefined
  return installedChoice(env)
}
