/**
 * Whether a command line will print, read before yargs and the rest of the
 * command line are loaded: a `build` with no flag that names the browser,
 * its timeout or the documents, and no --help or --version. Such a build
 * gets its browser started now, with the defaults; the build takes it when
 * its config agrees (browser/start.ts takeBrowser), and any other way out
 * stops it (app.ts). A guess that is wrong costs a browser start, never a
 * wrong result.
 */
import {type BrowserStart, startBrowser} from '../browser/start.js'
import {DEFAULT_TIMEOUT_S} from '../config/defaults.js'

/** Flags after which the early guess is not made: they change the browser, its timeout, or whether one is needed. */
const UNSURE = /^(?:--(?:help|version|browser|timeout|only|watch)(?:=.*)?|-[hv])$/

export function earlyBrowser(argv: string[]): BrowserStart | undefined {
  if (argv[0] !== 'build' || argv.some((arg) => UNSURE.test(arg))) return undefined
  return startBrowser(undefined, DEFAULT_TIMEOUT_S * 1000)
}
