/**
 * Find and read what a build works from: the guide's markdown files and the
 * manifest beside them. `--content` may name a guide file or a folder.
 */
import {realpathSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {DEFAULT_MANIFEST} from '../config/manifest/defaults.js'
import {parseManifest, placeOf} from '../config/manifest/load.js'
import {bookChapters} from './book.js'
import type {Manifest} from '../config/manifest/schema.js'
import {StudypackError} from '../core/errors.js'
import {warning, type Message, type Place} from '../core/messages.js'
import {describeCuts, guardMarkdown} from './guard.js'
import {decodeText, MissingFileError, readFileInside, RefusedFileError} from './read.js'

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

/** A text file of the content folder: its real path inside the folder, a regular file, decoded and guarded for the parser. */
function readContentText(folder: string, name: string, warnings: Message[]): string {
  const text = decodeText(readFileInside(path.resolve(folder, name), {folders: [folder], name}), name, warnings)
  const guarded = guardMarkdown(text)
  warnings.push(...describeCuts(name, guarded.cuts))
  return guarded.text
}

async function statOrNull(file: string) {
  return stat(file).catch(() => null)
}

async function readManifest(folder: string): Promise<{manifest: Manifest; file: string | null; text: string}> {
  const file = path.join(folder, MANIFEST_NAME)
  if (!(await statOrNull(file))?.isFile()) return {manifest: DEFAULT_MANIFEST, file: null, text: ''}
  const text = decodeText(readFileInside(file, {folders: [folder], name: MANIFEST_NAME}), MANIFEST_NAME, [])
  return {manifest: parseManifest(text, path.relative(process.cwd(), file) || file), file, text}
}

async function guideNames(folder: string, manifest: Manifest, hasManifest: boolean): Promise<string[]> {
  if (hasManifest && manifest.guide) return typeof manifest.guide === 'string' ? [manifest.guide] : manifest.guide
  // Sub-folders too, in the book's own order (see book.ts); the answer key and glossary are not chapters,
  // unless there is nothing else: a folder whose one file is ANSWERS.md is a guide of questions and answers.
  const chapters = await bookChapters(folder, (name) => SIDECAR_FILES.includes(name.toLowerCase()))
  return chapters.length > 0 ? chapters : bookChapters(folder, () => false)
}

function readGuideFile(folder: string, name: string, warnings: Message[]): GuideFile {
  const file = path.resolve(folder, name)
  let text: string
  try {
    text = readContentText(folder, name, warnings)
  } catch (error) {
    if (error instanceof MissingFileError) throw new StudypackError(`${file}: no such file (named by ${MANIFEST_NAME})`)
    throw error
  }
  return {name, text}
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
  try {
    return {name, text: readContentText(folder, name, warnings)}
  } catch (error) {
    // Outside the folder, or not a regular file: left out, with a warning naming it.
    if (!(error instanceof RefusedFileError)) throw error
    warnings.push(warning(`${error.reason}; it is not read`, 'refused-file', {file: name}))
    return null
  }
}

export async function loadContent(contentPath: string): Promise<Content> {
  const target = path.resolve(contentPath)
  const info = await statOrNull(target)
  if (!info) throw new StudypackError(`${contentPath}: no such file or folder`)
  // A guide named directly may be a link: its folder is the real file's, where its images and manifest are.
  const folder = info.isDirectory() ? target : path.dirname(realpathSync(target))
  const {manifest, file: manifestFile, text: manifestText} = await readManifest(folder)
  const shown = manifestFile ? path.relative(process.cwd(), manifestFile) || manifestFile : MANIFEST_NAME
  const where = (keys: Array<string | number>): Place => ({file: shown, ...placeOf(manifestText, keys)})
  const names = info.isDirectory()
    ? await guideNames(folder, manifest, manifestFile !== null)
    : [path.basename(realpathSync(target))]
  if (names.length === 0) throw new StudypackError(`${contentPath}: no markdown files (.md) in this folder`)
  const warnings: Message[] = []
  const read = names.map((name) => readGuideFile(folder, name, warnings))
  // An empty chapter of a book is skipped; a guide with nothing at all is an error.
  const files = read.filter((file) => file.text.trim() !== '')
  if (files.length === 0) {
    const only = read.length === 1 ? path.resolve(folder, read[0]!.name) : contentPath
    throw new StudypackError(`${only}: the guide is empty`)
  }
  // A file read as the guide is not read again as its own answer key or glossary.
  const sidecar = async (key: keyof typeof SIDECARS) =>
    files.some((file) => file.name.toLowerCase() === (manifest[key] ?? SIDECARS[key]).toLowerCase())
      ? null
      : readSidecar(folder, manifest, key, where, warnings)
  const answers = await sidecar('answers')
  const glossary = await sidecar('glossary')
  return {folder, manifest, manifestFile, files, answers, glossary, placeOf: where, warnings}
}
