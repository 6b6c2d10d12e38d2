/**
 * Whether a command line will print, read before yargs and the rest of the
 * command line are loaded: a `build` with no flag that names the browser or
 * its timeout, no --watch, no --help or --version, and no document that needs
 * no browser. Such a build gets its browser started now, with the defaults;
 * the build takes it when its config agrees (browser/start.ts takeBrowser),
 * and any other way out stops it (app.ts). A wrong guess costs a browser
 * start, never a wrong result.
 */
import {type BrowserStart, startBrowser} from '../browser/start.js'
import {DEFAULT_TIMEOUT_S} from '../config/defaults.js'

/** Flags after which no guess is made: they change the browser or its timeout, or how the build runs. */
const UNSURE = /^(?:--(?:help|version|browser|timeout|watch)(?:=.*)?|-[hv])$/

/** The documents that need no browser (the registry's needsBrowser: a test holds the two together). */
export const BROWSERLESS = ['anki']

/** Any word naming a browserless document makes `--only` unsure: it may be all the build makes. */
const namesBrowserless = (arg: string) => BROWSERLESS.some((name) => arg.split(/[=,]/).includes(name))

export const startsEarly = (argv: string[]) =>
  argv[0] === 'build' && !argv.some((arg) => UNSURE.test(arg) || namesBrowserless(arg))

export function earlyBrowser(argv: string[]): BrowserStart | undefined {
  return startsEarly(argv) ? startBrowser(undefined, DEFAULT_TIMEOUT_S * 1000) : undefined
}
