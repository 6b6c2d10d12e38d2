/**
 * Where a build's options come from, highest first: the command line, the
 * environment (STUDYPACK_*), a config file found the usual way (lilconfig:
 * studypack.config.{json,yaml,yml,js,mjs,cjs} or a "studypack" key in
 * package.json, from the working folder up), and the guide's front matter for
 * document options. Each value keeps where it came from, for messages with
 * file:line and for `studypack config`.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {lilconfig} from 'lilconfig'
import {parse as parseYaml} from 'yaml'
import {StudypackError, UsageError} from '../core/errors.js'
import {placeOf} from './manifest/load.js'
import type {OptionSpec, OptionSpecs} from './options.js'

export interface Origin {
  /** How a message names the value: `--paper`, `STUDYPACK_PAPER`, `studypack.config.yaml:3:1: paper`. */
  label: string
  /** Where `studypack config` says it came from. */
  source: string
}

export interface Setting {
  value: unknown
  origin: Origin
}

/** One source's values, by option name. */
export type Layer = Map<string, Setting>

/**
 * Options a guide's front matter may set: how its documents look, not what
 * the build is; and the study plan's date and pace, since a guide written
 * for one interview (notes of one's own) knows when it is.
 */
export const FRONT_MATTER_OPTIONS = [
  'paper',
  'card-size',
  'duplex',
  'pages',
  'orientation',
  'theme',
  'out',
  'interview-date',
  'days',
  'study-minutes',
  'rest-days',
  'study-time',
] as const

/** Options whose values are paths: relative to the file that names them. */
const PATH_OPTIONS = new Set(['content', 'out', 'css', 'templates'])

const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
export const envName = (option: string) => `STUDYPACK_${option.toUpperCase().replace(/-/g, '_')}`

/** The options yargs read from the command line: only those the user typed. */
export function flagLayer(args: Record<string, unknown>, specs: OptionSpecs): Layer {
  const layer: Layer = new Map()
  for (const name of Object.keys(specs)) {
    if (args[name] !== undefined)
      layer.set(name, {value: args[name], origin: {label: `--${name}`, source: 'command line'}})
  }
  return layer
}

/** An environment variable's text, read as the option's type; what does not read stays text for the schema to refuse. */
function fromEnv(text: string, spec: OptionSpec): unknown {
  if (spec.type === 'boolean') {
    if (/^(1|true|yes|on)$/i.test(text)) return true
    if (/^(0|false|no|off)$/i.test(text)) return false
    return text
  }
  if (spec.type === 'number') return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text
  if (spec.type === 'strings') return text.split(',').map((part) => part.trim())
  return text
}

export function envLayer(env: NodeJS.ProcessEnv, specs: OptionSpecs): Layer {
  const layer: Layer = new Map()
  for (const [name, spec] of Object.entries(specs)) {
    const text = env[envName(name)]
    if (text !== undefined) {
      layer.set(name, {value: fromEnv(text, spec), origin: {label: envName(name), source: envName(name)}})
    }
  }
  return layer
}

/**
 * Values of an object read from a file (a config file, or front matter),
 * checked against the options known here: an unknown key is a usage error
 * at its line. `keys` is the path of the object in the file.
 */
function objectLayer(
  data: unknown,
  file: {shown: string; dir: string; text: string | null; keys: string[]; lineOffset?: number},
  specs: OptionSpecs,
  allowed: readonly string[] | null,
): Layer {
  const layer: Layer = new Map()
  if (data === undefined || data === null) return layer
  const at = (key: string) => {
    if (file.text === null) return file.shown
    const place = placeOf(file.text, [...file.keys, key])
    return `${file.shown}:${place.line + (file.lineOffset ?? 0)}:${place.column}`
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`${file.shown}: expected options as keys and values, such as "paper: letter"`)
  }
  for (const [key, value] of Object.entries(data)) {
    const name = kebab(key)
    if (!(name in specs) || (allowed && !allowed.includes(name))) {
      if (allowed) continue // front matter serves other tools too: keys not ours are theirs
      throw new UsageError(`${at(key)}: unknown option "${key}"`)
    }
    const resolved = PATH_OPTIONS.has(name) ? resolvePaths(value, file.dir) : value
    layer.set(name, {value: resolved, origin: {label: `${at(key)}: ${name}`, source: at(key)}})
  }
  return layer
}

function resolvePaths(value: unknown, dir: string): unknown {
  if (typeof value === 'string') return path.resolve(dir, value)
  if (Array.isArray(value)) return value.map((each) => resolvePaths(each, dir))
  return value
}

const SEARCH_PLACES = [
  'package.json',
  'studypack.config.json',
  'studypack.config.yaml',
  'studypack.config.yml',
  'studypack.config.js',
  'studypack.config.mjs',
  'studypack.config.cjs',
]

const yamlLoader = (_file: string, text: string) => parseYaml(text, {maxAliasCount: 100})

/** The nearest config file from `cwd` up, as a layer; an empty one when there is none. */
export async function fileLayer(cwd: string, specs: OptionSpecs): Promise<{layer: Layer; file: string | null}> {
  const explorer = lilconfig('studypack', {
    searchPlaces: SEARCH_PLACES,
    cache: false,
    loaders: {'.yaml': yamlLoader, '.yml': yamlLoader, '.json': yamlLoader},
  })
  let found: Awaited<ReturnType<typeof explorer.search>>
  try {
    found = await explorer.search(cwd)
  } catch (error) {
    throw new StudypackError(`cannot read the config file: ${(error as Error).message.split('\n')[0]}`)
  }
  if (!found || found.isEmpty) return {layer: new Map(), file: found?.filepath ?? null}
  const shown = path.relative(process.cwd(), found.filepath) || found.filepath
  const readable = /\.(json|ya?ml)$/.test(found.filepath)
  const text = readable ? readFileSync(found.filepath, 'utf8') : null
  const keys = path.basename(found.filepath) === 'package.json' ? ['studypack'] : []
  const layer = objectLayer(found.config, {shown, dir: path.dirname(found.filepath), text, keys}, specs, null)
  return {layer, file: found.filepath}
}

/** The guide's front matter, where it sets document options (top level, or under a `studypack` key). */
export function frontMatterLayer(
  frontMatter: {data: Record<string, unknown>; text: string; file: string; dir: string},
  specs: OptionSpecs,
): Layer {
  const {data, text, file, dir} = frontMatter
  const nested = data.studypack
  const shown = path.relative(process.cwd(), file) || file
  // The front matter starts on the guide's second line, after its opening `---`.
  const place = {shown, dir, text, lineOffset: 1}
  const top = objectLayer(data, {...place, keys: []}, specs, FRONT_MATTER_OPTIONS)
  const inner = objectLayer(nested, {...place, keys: ['studypack']}, specs, FRONT_MATTER_OPTIONS)
  return new Map([...top, ...inner])
}

/** The layers merged: for each option, the value of the first layer that has one. */
export function merge(layers: Layer[]): Layer {
  const merged: Layer = new Map()
  for (const layer of [...layers].reverse()) for (const [name, setting] of layer) merged.set(name, setting)
  return merged
}
