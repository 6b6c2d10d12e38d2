/**
 * The studypack command line. Exit codes: 0 done, 1 failure, 2 usage error.
 * Errors are one clear line; a stack trace only with --debug.
 */
import yargs, {type Argv} from 'yargs'
import type {BrowserStart} from '../browser/start.js'
import {stopBrowser} from '../browser/start.js'
import {buildCommand} from './build.js'
import {STDIN, STDIN_ARG} from '../input/stdin.js'
import {configCommand} from './config.js'
import {listCommand} from './list.js'
import {initCommand} from './init.js'
import {USAGE_HINT} from '../config/usage.js'
import {StudypackError, UsageError} from '../core/errors.js'
import {isEnding} from '../core/lifecycle.js'
import {VERSION} from '../core/version.js'

function report(error: unknown, debug: boolean): number {
  // A signal is ending the run: its own exit code follows, and the browser closing under a print is no error to show.
  if (isEnding()) return 1
  if (error instanceof StudypackError) {
    process.stderr.write(`studypack: ${error.message}\n`)
    if (debug && error.cause) process.stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`)
    return error.exitCode
  }
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`studypack: internal error: ${message}\n`)
  process.stderr.write(
    debug ? `${(error as Error).stack}\n` : 'Run again with --debug for details, and please report it.\n',
  )
  return 1
}

/**
 * yargs lays out a command's whole help before it runs the command, in case a
 * failure shows it later; this command line never does (its fail handler
 * prints one line), and the layout costs a tenth of a second of every run.
 * angular-cli does the same (angular/angular-cli#34087). Asked for help, yargs
 * lays it out as ever.
 */
function withoutHelpCache(program: Argv, argv: string[]): void {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) return
  const internal = (program as unknown as {getInternalMethods?: () => {getUsageInstance(): {cacheHelpMessage(): void}}})
    .getInternalMethods
  const usage = internal?.call(program).getUsageInstance()
  if (usage) usage.cacheHelpMessage = () => {}
}

/** `early`: a browser main.ts started before this module loaded, for a build to use; if none does, it is stopped. */
export async function main(argv: string[], early?: BrowserStart): Promise<number> {
  const debug = argv.includes('--debug')
  try {
    const program = yargs(argv.map((arg) => (arg === STDIN ? STDIN_ARG : arg)))
      .scriptName('studypack')
      .usage('$0 <command> [options]\n\nTurn a markdown interview-preparation guide into printable study packs.')
      .command(buildCommand(early))
      .command(listCommand)
      .command(configCommand)
      .command(initCommand)
      .example('$0 build --role ml-engineer --domain nlp', 'Study pack for an ML engineer, NLP → out/ml-engineer-nlp/')
      .example('$0 list', 'What studypack sees in the guide')
      .demandCommand(1, 'Name a command: build, list, config or init.')
      .strict()
      .recommendCommands()
      .help()
      .alias('help', 'h')
      .version(VERSION)
      .alias('version', 'v')
      .wrap(Math.min(110, process.stdout.columns || 100))
      .fail((message, error) => {
        // yargs calls this for its own parse and check errors (YError: a usage error) and for what a handler throws.
        if (error && error.name !== 'YError') throw error
        throw new UsageError(`${message ?? error?.message}\n${USAGE_HINT}`)
      })
    withoutHelpCache(program, argv)
    await program.parseAsync()
    return 0
  } catch (error) {
    return report(error, debug)
  } finally {
    if (early && !early.taken) await stopBrowser(early)
  }
}
