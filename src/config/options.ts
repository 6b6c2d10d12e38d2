/**
 * An option, as a document or the build declares it: its schema (the one
 * truth for its type, range and default) and its help. The command line,
 * and later config files and front matter, all read options through these
 * specs, so a value is checked the same way wherever it came from.
 */
import {z} from 'zod'

export interface OptionSpec<T = unknown> {
  /** Validates and converts the raw value; its default is the option's default. */
  schema: z.ZodType<T, unknown>
  describe: string
  /** How a command line spells it; repeatable options take `strings`. */
  type: 'string' | 'number' | 'boolean' | 'strings'
  choices?: readonly string[]
  alias?: string
  /** Shown in --help when the default is not a plain value. */
  defaultDescription?: string
}

export type OptionSpecs = Record<string, OptionSpec>

/** The values a set of specs gives, by option name. */
export type OptionValues<S extends OptionSpecs> = {[K in keyof S]: S[K] extends OptionSpec<infer T> ? T : never}

export const option = <T>(spec: OptionSpec<T>): OptionSpec<T> => spec

/** A choice of values, with a message that lists them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {error: `must be one of ${values.join(', ')}`})
