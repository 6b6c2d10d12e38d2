/**
 * Find and read what a build works from: the guide's markdown files and the
 * manifest beside them. `--content` may name a guide file or a folder.
 */
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {StudypackError} from '../core/errors.js'
import {DEFAULT_MANIFEST} from '../config/manifest/defaults.js'
import {parseManifest} from '../config/manifest/load.js'
import {bookChapters} from './book.js'
import type {Manifest} from '../config/manifest/schema.js'

export const MANIFEST_NAME = 'studypack.yaml'
/** Files beside a guide that are studypack's own inputs, not chapters of the guide. */
export const SIDECAR_FILES = ['answers.md', 'glossary.md']

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
  warnings: string[]
}

/** Decode as UTF-8; bad bytes become U+FFFD and a warning names the first one. */
export function decodeText(bytes: Uint8Array, name: string, warnings: string[]): string {
  if (bytes.includes(0)) throw new StudypackError(`${name}: this is a binary file, not markdown`)
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes)
    // Everything before the first replacement character was valid, so it re-encodes to the same bytes.
    const offset = Buffer.byteLength(text.slice(0, text.indexOf('\uFFFD')))
    warnings.push(`${name}: invalid UTF-8 at byte ${offset}; bad bytes are shown as \uFFFD`)
    return text.replace(/^\uFEFF/, '')
  }
}

async function statOrNull(file: string) {
  return stat(file).catch(() => null)
}

async function readManifest(folder: string): Promise<{manifest: Manifest; file: string | null}> {
  const file = path.join(folder, MANIFEST_NAME)
  if (!(await statOrNull(file))?.isFile()) return {manifest: DEFAULT_MANIFEST, file: null}
  return {manifest: parseManifest(await readFile(file, 'utf8'), path.relative(process.cwd(), file) || file), file}
}

async function guideNames(folder: string, manifest: Manifest, hasManifest: boolean): Promise<string[]> {
  if (hasManifest && manifest.guide) return typeof manifest.guide === 'string' ? [manifest.guide] : manifest.guide
  // Sub-folders too, in the book's own order (see book.ts); the answer key and glossary are not chapters.
  return bookChapters(folder, (name) => SIDECAR_FILES.includes(name.toLowerCase()))
}

async function readGuideFile(folder: string, name: string, warnings: string[]): Promise<GuideFile> {
  const file = path.resolve(folder, name)
  const info = await statOrNull(file)
  if (!info) throw new StudypackError(`${file}: no such file (named by ${MANIFEST_NAME})`)
  if (!info.isFile()) throw new StudypackError(`${file}: not a file`)
  return {name, text: decodeText(await readFile(file), name, warnings)}
}

export async function loadContent(contentPath: string): Promise<Content> {
  const target = path.resolve(contentPath)
  const info = await statOrNull(target)
  if (!info) throw new StudypackError(`${contentPath}: no such file or folder`)
  const folder = info.isDirectory() ? target : path.dirname(target)
  const {manifest, file: manifestFile} = await readManifest(folder)
  const names = info.isDirectory() ? await guideNames(folder, manifest, manifestFile !== null) : [path.basename(target)]
  if (names.length === 0) throw new StudypackError(`${contentPath}: no markdown files (.md) in this folder`)
  const warnings: string[] = []
  const read = await Promise.all(names.map((name) => readGuideFile(folder, name, warnings)))
  // An empty chapter of a book is skipped; a guide with nothing at all is an error.
  const files = read.filter((file) => file.text.trim() !== '')
  if (files.length === 0) {
    const only = read.length === 1 ? path.resolve(folder, read[0]!.name) : contentPath
    throw new StudypackError(`${only}: the guide is empty`)
  }
  return {folder, manifest, manifestFile, files, warnings}
}
