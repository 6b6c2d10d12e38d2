/**
 * Find and read what a build works from: the guide's markdown files and the
 * manifest beside them. `--content` may name a guide file or a folder.
 */
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {DEFAULT_MANIFEST} from '../config/manifest/defaults.js'
import {parseManifest, placeOf} from '../config/manifest/load.js'
import {bookChapters} from './book.js'
import type {Manifest} from '../config/manifest/schema.js'
import {StudypackError} from '../core/errors.js'
import {warning, type Message, type Place} from '../core/messages.js'

export const MANIFEST_NAME = 'studypack.yaml'
/** Files beside a guide that are studypack's own inputs, not chapters of the guide, by manifest key. */
const SIDECARS = {answers: 'answers.md', glossary: 'glossary.md'} as const
const SIDECAR_FILES: string[] = Object.values(SIDECARS)

export interface GuideFile {
  /** Relative to the content folder. */
  name: string
  text: string
}

export interface Content {
  folder: string
  manifest: Manifest
  /** Null when the folder has no manifest and the defaults apply. */
  manifestFile: string | null
  files: GuideFile[]
  /** The answer key and the glossary: the files the manifest names, or the default ones when present. */
  answers: GuideFile | null
  glossary: GuideFile | null
  /** Where a manifest key is, for messages about what it names. */
  placeOf(keys: Array<string | number>): Place
  warnings: Message[]
}

/** Decode as UTF-8; bad bytes become U+FFFD and a warning names the first one. */
export function decodeText(bytes: Uint8Array, name: string, warnings: Message[]): string {
  if (bytes.includes(0)) throw new StudypackError(`${name}: this is a binary file, not markdown`)
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes)
    // Everything before the first replacement character was valid, so it re-encodes to the same bytes.
    const offset = Buffer.byteLength(text.slice(0, text.indexOf('\uFFFD')))
    warnings.push(
      warning(`invalid UTF-8 at byte ${offset}; bad bytes are shown as \uFFFD`, 'invalid-utf8', {file: name}),
    )
    return text.replace(/^\uFEFF/, '')
  }
}

async function statOrNull(file: string) {
  return stat(file).catch(() => null)
}

async function readManifest(folder: string): Promise<{manifest: Manifest; file: string | null; text: string}> {
  const file = path.join(folder, MANIFEST_NAME)
  if (!(await statOrNull(file))?.isFile()) return {manifest: DEFAULT_MANIFEST, file: null, text: ''}
  const text = await readFile(file, 'utf8')
  return {manifest: parseManifest(text, path.relative(process.cwd(), file) || file), file, text}
}

async function guideNames(folder: string, manifest: Manifest, hasManifest: boolean): Promise<string[]> {
  if (hasManifest && manifest.guide) return typeof manifest.guide === 'string' ? [manifest.guide] : manifest.guide
  // Sub-folders too, in the book's own order (see book.ts); the answer key and glossary are not chapters.
  return bookChapters(folder, (name) => SIDECAR_FILES.includes(name.toLowerCase()))
}

async function readGuideFile(folder: string, name: string, warnings: Message[]): Promise<GuideFile> {
  const file = path.resolve(folder, name)
  const info = await statOrNull(file)
  if (!info) throw new StudypackError(`${file}: no such file (named by ${MANIFEST_NAME})`)
  if (!info.isFile()) throw new StudypackError(`${file}: not a file`)
  return {name, text: decodeText(await readFile(file), name, warnings)}
}

/**
 * The answer key or the glossary. One the manifest names must be there: its
 * absence is an error at the manifest's line. The default one is optional.
 */
async function readSidecar(
  folder: string,
  manifest: Manifest,
  key: keyof typeof SIDECARS,
  where: (keys: Array<string | number>) => Place,
  warnings: Message[],
): Promise<GuideFile | null> {
  const named = manifest[key]
  const name = named ?? SIDECARS[key]
  const file = path.resolve(folder, name)
  const info = await statOrNull(file)
  if (!named && !info) return null
  const at = () => {
    const place = where([key])
    return `${place.file}:${place.line}:${place.column}: ${key}: "${name}"`
  }
  if (!info) throw new StudypackError(`${at()}: no such file beside the guide`)
  if (!info.isFile()) throw new StudypackError(named ? `${at()}: not a file` : `${file}: not a file`)
  return {name, text: decodeText(await readFile(file), name, warnings)}
}

export async function loadContent(contentPath: string): Promise<Content> {
  const target = path.resolve(contentPath)
  const info = await statOrNull(target)
  if (!info) throw new StudypackError(`${contentPath}: no such file or folder`)
  const folder = info.isDirectory() ? target : path.dirname(target)
  const {manifest, file: manifestFile, text: manifestText} = await readManifest(folder)
  const shown = manifestFile ? path.relative(process.cwd(), manifestFile) || manifestFile : MANIFEST_NAME
  const where = (keys: Array<string | number>): Place => ({file: shown, ...placeOf(manifestText, keys)})
  const names = info.isDirectory() ? await guideNames(folder, manifest, manifestFile !== null) : [path.basename(target)]
  if (names.length === 0) throw new StudypackError(`${contentPath}: no markdown files (.md) in this folder`)
  const warnings: Message[] = []
  const read = await Promise.all(names.map((name) => readGuideFile(folder, name, warnings)))
  // An empty chapter of a book is skipped; a guide with nothing at all is an error.
  const files = read.filter((file) => file.text.trim() !== '')
  if (files.length === 0) {
    const only = read.length === 1 ? path.resolve(folder, read[0]!.name) : contentPath
    throw new StudypackError(`${only}: the guide is empty`)
  }
  const answers = await readSidecar(folder, manifest, 'answers', where, warnings)
  const glossary = await readSidecar(folder, manifest, 'glossary', where, warnings)
  return {folder, manifest, manifestFile, files, answers, glossary, placeOf: where, warnings}
}
