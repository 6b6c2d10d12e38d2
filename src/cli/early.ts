/**
 * Whether a command line will print, read before yargs and the rest of the
 * command line are loaded: a `build` with no --watch, no --help or --version,
 * and no document that needs no browser. Such a build gets its browser
 * started now, as its flags name it (--browser, --timeout) or with the
 * defaults; the build takes it when its config agrees (browser/start.ts
 * takeBrowser: a config file or the environment may say otherwise), and any
 * other way out stops it (app.ts). A wrong guess costs a browser start,
 * never a wrong result.
 */
import {type BrowserStart, startBrowser} from '../browser/start.js'
import {DEFAULT_TIMEOUT_S, TIMEOUT_RANGE_S} from '../config/defaults.js'

/** Flags after which no guess is made: they change how the build runs, or it makes nothing. */
const UNSURE = /^(?:--(?:help|version|watch)(?:=.*)?|-[hv])$/

/** The documents that need no browser (the registry's needsBrowser: a test holds the two together). */
export const BROWSERLESS = ['anki']

/** Any word naming a browserless document makes `--only` unsure: it may be all the build makes. */
const namesBrowserless = (arg: string) => BROWSERLESS.some((name) => arg.split(/[=,]/).includes(name))

/** The value given to `--name` (as `--name V` or `--name=V`), the last one given, or null. */
function valueOf(argv: string[], name: string): string | null {
  let value: string | null = null
  argv.forEach((arg, index) => {
    if (arg === `--${name}`) value = argv[index + 1] ?? ''
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3)
  })
  return value
}

/** How the build would start its browser, as far as the command line says; null: no guess. */
export function earlyChoice(argv: string[]): {browserPath: string | undefined; timeoutMs: number} | null {
  if (argv[0] !== 'build' || argv.some((arg) => UNSURE.test(arg) || namesBrowserless(arg))) return null
  const browser = valueOf(argv, 'browser')
  const timeout = valueOf(argv, 'timeout')
  const seconds = timeout === null ? DEFAULT_TIMEOUT_S : Number(timeout)
  // A value the config will refuse: the usage error comes first, with no browser to stop.
  const inRange = seconds >= TIMEOUT_RANGE_S.min && seconds <= TIMEOUT_RANGE_S.max
  if (browser === '' || !Number.isFinite(seconds) || !inRange) return null
  return {browserPath: browser ?? undefined, timeoutMs: seconds * 1000}
}

export function earlyBrowser(argv: string[]): BrowserStart | undefined {
  const choice = earlyChoice(argv)
  return choice ? startBrowser(choice.browserPath, choice.timeoutMs) : undefined
}
