/**
 * Option specs → yargs options. yargs only reads the command line and writes
 * --help: it sets no defaults and checks no values. Every value goes through
 * the specs' schemas (config/build-config.ts), wherever it came from.
 */
import type {Argv, Options} from 'yargs'
import type {OptionSpec, OptionSpecs} from '../config/options.js'

/** What --help shows as the default: the schema's own default, when it is a plain value. */
function defaultShown(spec: OptionSpec): string | undefined {
  if (spec.defaultDescription) return spec.defaultDescription
  const parsed = spec.schema.safeParse(undefined)
  const value = parsed.success ? parsed.data : undefined
  return typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : undefined
}

function yargsOption(spec: OptionSpec): Options {
  return {
    type: spec.type === 'strings' ? 'string' : spec.type,
    array: spec.type === 'strings' || undefined,
    choices: spec.choices as string[] | undefined,
    alias: spec.alias,
    describe: spec.describe,
    defaultDescription: defaultShown(spec),
  }
}

export function withOptions<T>(yargs: Argv<T>, specs: OptionSpecs): Argv<T> {
  return Object.entries(specs).reduce((argv, [name, spec]) => argv.option(name, yargsOption(spec)), yargs) as Argv<T>
}
