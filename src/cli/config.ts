/**
 * `studypack config`: the options a build would run with, each with where its
 * value came from (command line, STUDYPACK_* variable, config file line,
 * the guide's front matter, or the default), as text or JSON.
 */
import type {Argv, CommandModule} from 'yargs'
import {allOptions, type BuildConfig} from '../config/build-config.js'
import {DOCUMENTS} from '../documents/index.js'
import {withGuideOptions} from '../run/build.js'
import {loadStudy} from '../select/study.js'
import {configOf} from './config-sources.js'
import {withOptions} from './options.js'

interface Row {
  option: string
  value: unknown
  from: string
}

function valueOf(config: BuildConfig, name: string): unknown {
  const look = config.look as unknown as Record<string, unknown>
  if (name in look) return look[name]
  if (name === 'domain') return config.domains
  const common = config as unknown as Record<string, unknown>
  if (name in common) return common[name]
  const owner = DOCUMENTS.find((document) => name in document.options)
  return owner ? config.documents[owner.name]?.[name] : undefined
}

export function configRows(config: BuildConfig): Row[] {
  return Object.keys(allOptions(DOCUMENTS)).map((option) => ({
    option,
    value: valueOf(config, option) ?? null,
    from: config.origins[option] ?? 'default',
  }))
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

export const configCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'config [guide]',
  describe: 'Show the options a build would use, and where each value comes from',
  builder: (yargs: Argv) =>
    withOptions(yargs, allOptions(DOCUMENTS))
      .positional('guide', {type: 'string', describe: 'Guide file or folder, as for build'})
      .option('json', {type: 'boolean', describe: 'Print one JSON array'})
      .example('$0 config', 'Every option, its value and its source')
      .example('STUDYPACK_PAPER=letter $0 config --json', 'The same as JSON') as Argv<Record<string, unknown>>,
  handler: async (args) => {
    const {json, ...rest} = args
    const given = await configOf(rest)
    // The guide's front matter counts too: read it as a build would.
    const config = given.content === '-' ? given : withGuideOptions(given, await loadStudy(given.content))
    const rows = configRows(config)
    if (json) return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
    const width = Math.max(...rows.map((row) => row.option.length))
    const valueWidth = Math.min(40, Math.max(...rows.map((row) => shown(row.value).length)))
    const lines = rows.map((row) => `${row.option.padEnd(width)}  ${shown(row.value).padEnd(valueWidth)}  ${row.from}`)
    process.stdout.write(`${lines.join('\n')}\n`)
  },
}
