/**
 * The one typed, validated object a build runs from. It is made from what the
 * user gave (flags today; config files and front matter go through the same
 * specs) before anything is read or launched, so a bad option fails at once,
 * with one line and exit 2, in every mode: one pack, `--all` and `--watch`.
 */
import {realpathSync, statSync} from 'node:fs'
import os from 'node:os'
import {z} from 'zod'
import {UsageError} from '../core/errors.js'
import {DEFAULT_CONTENT} from '../core/paths.js'
import {oneOf, option, type OptionSpec, type OptionSpecs} from './options.js'
import {PAPERS, type Paper} from './paper.js'
import {THEMES, type Look} from './look.js'
import {DEFAULT_TIMEOUT_S, TIMEOUT_RANGE_S} from './defaults.js'
import {flagLayer, type Layer, merge} from './sources.js'

export const defaultConcurrency = () => Math.max(1, Math.min(4, os.availableParallelism()))

const flag = (describe: string, alias?: string) =>
  option({type: 'boolean', schema: z.boolean().default(false), describe, alias})

/** A path that must name a file or a folder that is there; resolved to its real, absolute path. */
function existing(kind: 'file' | 'folder', message: string) {
  return (value: string, ctx: z.RefinementCtx): string => {
    const info = statSync(value, {throwIfNoEntry: false})
    if (info && (kind === 'file' ? info.isFile() : info.isDirectory())) return realpathSync(value)
    ctx.addIssue({code: 'custom', message})
    return z.NEVER
  }
}

/** Options every command reads. */
export const COMMON_OPTIONS = {
  content: option({
    type: 'string',
    alias: 'c',
    schema: z.string().min(1, 'names no guide').default(DEFAULT_CONTENT),
    defaultDescription: 'the bundled content/ folder',
    describe: 'Guide file, or folder with guide and studypack.yaml',
  }),
  debug: flag('Show stack traces and browser details'),
} satisfies OptionSpecs

/** The options of `studypack build` that are not a document's own. */
export function buildOptions(documentNames: readonly string[]) {
  return {
    ...COMMON_OPTIONS,
    role: option({
      type: 'string',
      alias: 'r',
      schema: z.string().trim().min(1, 'names no role').optional(),
      describe: 'Role id, name or alias (ml-engineer, data-scientist, research-scientist, product-manager)',
    }),
    domain: option({
      type: 'strings',
      alias: 'd',
      schema: z
        .array(z.string())
        .transform((values) => values.flatMap((value) => value.split(',')).map((value) => value.trim()))
        .refine((values) => values.every(Boolean), 'names no domain (use "none" for no domain sections)')
        .optional(),
      describe: 'Domain(s) to include: cv, nlp, time-series; repeat or comma-separate; "none" for none; default all',
    }),
    all: flag('Build every role × (all domains, and each single domain), in one browser'),
    only: option({
      type: 'strings',
      choices: documentNames,
      schema: z.array(z.enum(documentNames as [string, ...string[]])).default([]),
      describe: 'Build only these documents (repeatable); default all',
    }),
    out: option({
      type: 'string',
      alias: 'o',
      schema: z.string().trim().min(1, 'names no folder').default('out'),
      describe: 'Folder to write packs into',
    }),
    paper: option({type: 'string', choices: PAPERS, schema: oneOf(PAPERS).default('a4'), describe: 'Paper size'}),
    html: flag('Also write each document as one self-contained HTML file'),
    watch: flag('Rebuild when the guide, manifest, answers, glossary or templates change', 'w'),
    concurrency: option({
      type: 'number',
      schema: z
        .number({error: 'takes a whole number'})
        .int('takes a whole number')
        .min(1, 'takes a whole number from 1 to 16')
        .max(16, 'takes a whole number from 1 to 16')
        .default(defaultConcurrency),
      defaultDescription: 'CPU count, at most 4',
      describe: 'Documents printed at once',
    }),
    browser: option({
      type: 'string',
      schema: z.string().min(1, 'names no browser').optional(),
      describe: 'Path to Chrome/Chromium (else PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, puppeteer cache, system)',
    }),
    timeout: option({
      type: 'number',
      schema: z
        .number({error: 'takes a number of seconds'})
        .min(TIMEOUT_RANGE_S.min, `takes a number of seconds from ${TIMEOUT_RANGE_S.min} to ${TIMEOUT_RANGE_S.max}`)
        .max(TIMEOUT_RANGE_S.max, `takes a number of seconds from ${TIMEOUT_RANGE_S.min} to ${TIMEOUT_RANGE_S.max}`)
        .default(DEFAULT_TIMEOUT_S),
      describe: 'Seconds a browser step may take before the build fails (1 to 3600)',
    }),
    quiet: flag('Print nothing but errors', 'q'),
    profile: flag('Print where the time went, per document and phase, and write it to OUT/profile.json'),
    theme: option({
      type: 'string',
      choices: THEMES,
      schema: oneOf(THEMES).default('studypack'),
      describe:
        'Look of every document: studypack, compact (saves paper), large-print (13 pt guide), ink-saver (greyscale, no fills)',
    }),
    css: option({
      type: 'strings',
      schema: z.array(z.string().transform(existing('file', 'names no CSS file'))).default([]),
      describe: 'A stylesheet of yours, applied after the theme (repeatable)',
    }),
    templates: option({
      type: 'string',
      schema: z.string().transform(existing('folder', 'names no folder')).optional(),
      describe:
        'A folder of Handlebars files (guide.hbs, card-front.hbs, …) that replace the bundled ones of the same name',
    }),
  } satisfies OptionSpecs
}

export interface BuildConfig {
  content: string
  look: Look
  debug: boolean
  role?: string
  domains?: string[]
  all: boolean
  /** The documents to build; empty for all. */
  only: string[]
  out: string
  paper: Paper
  html: boolean
  watch: boolean
  concurrency: number
  browser?: string
  /** Seconds. */
  timeout: number
  quiet: boolean
  /** Time every phase and report it (`--profile`). */
  profile: boolean
  /** Each document's own options, by document name, validated by its specs. */
  documents: Record<string, Record<string, unknown>>
  /** The sources the config was read from, highest first (see sources.ts). */
  sources: Layer[]
  /** Where each option's value came from: "command line", "STUDYPACK_PAPER", "studypack.config.yaml:3:1", "default". */
  origins: Record<string, string>
}

/** A document as the config sees it: a name and the options it declares. */
export interface DeclaredOptions {
  name: string
  options: OptionSpecs
  /** Checks of options that depend on each other (a plan's dates): throws a UsageError. */
  check?(options: never, config: Pick<BuildConfig, 'only' | 'role' | 'all'>): void
}

/** Read one option: a single-valued option given twice is a mistake, not "the last one wins". */
export function readOption(name: string, spec: OptionSpec, raw: unknown, label = `--${name}`): unknown {
  if (spec.type !== 'strings' && Array.isArray(raw)) {
    throw new UsageError(
      label.startsWith('--')
        ? `${label} was given ${raw.length} times; give it once`
        : `${label} takes one value, not a list`,
    )
  }
  const result = spec.schema.safeParse(raw)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const got = raw === undefined ? '' : ` (got ${JSON.stringify(raw)})`
  throw new UsageError(`${label} ${issue?.message ?? 'is not valid'}${got}`)
}

function readLayered(specs: OptionSpecs, merged: Layer): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => {
      const setting = merged.get(name)
      return [name, readOption(name, spec, setting?.value, setting?.origin.label)]
    }),
  )
}

/** Options as plain values (as yargs gives them, or a test): read like the command line. */
export function readOptions(specs: OptionSpecs, raw: Record<string, unknown>): Record<string, unknown> {
  return readLayered(specs, flagLayer(raw, specs))
}

/** Every option's spec: the build's own and each document's. */
export function allOptions(documents: readonly DeclaredOptions[]): OptionSpecs {
  return Object.assign(
    buildOptions(documents.map((document) => document.name)),
    ...documents.map((document) => document.options),
  )
}

/**
 * Validate everything a build was given, from its sources highest first (see
 * sources.ts; plain values count as the command line). Throws a UsageError
 * naming the first bad option and where it was set.
 */
export function buildConfig(
  input: Record<string, unknown> | Layer[],
  documents: readonly DeclaredOptions[],
): BuildConfig {
  const specs = allOptions(documents)
  const layers = Array.isArray(input) ? input : [flagLayer(input, specs)]
  const merged = merge(layers)
  const common = readLayered(buildOptions(documents.map((document) => document.name)), merged) as unknown as Omit<
    BuildConfig,
    'documents' | 'domains' | 'look' | 'sources' | 'origins'
  > & {domain?: string[]} & Look
  if (common.all && (common.role !== undefined || common.domain !== undefined)) {
    throw new UsageError('--all builds every role and domain: leave out --role and --domain')
  }
  const {domain, theme, css, templates, ...rest} = common
  const config = {...rest, look: {theme, css, templates}, domains: domain}
  const values = Object.fromEntries(documents.map((document) => [document.name, readLayered(document.options, merged)]))
  for (const document of documents) document.check?.(values[document.name] as never, config)
  return {
    ...config,
    documents: values,
    sources: layers,
    origins: Object.fromEntries(Object.keys(specs).map((name) => [name, merged.get(name)?.origin.source ?? 'default'])),
  }
}

/** The same config with the guide's front matter as its lowest source (below the config file). */
export function withFrontMatter(config: BuildConfig, layer: Layer, documents: readonly DeclaredOptions[]): BuildConfig {
  return layer.size === 0 ? config : buildConfig([...config.sources, layer], documents)
}
