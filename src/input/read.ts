/**
 * Every file studypack reads on the user's behalf (the guide, the answer key,
 * the glossary, images; later config, CSS, themes, templates) is read here,
 * and only here. A path is resolved to the file it really is, links followed,
 * and must lie inside the folder it may come from, that folder's own links
 * followed too: a symlink in the content folder pointing at /etc/passwd is
 * refused, not inlined. Only regular files are read: a FIFO, socket, device
 * or folder is refused from its metadata, before anything opens it (opening
 * a FIFO waits for a writer forever). The bytes are decoded as UTF-8.
 */
import {closeSync, constants, fstatSync, openSync, readFileSync, realpathSync, statSync, type Stats} from 'node:fs'
import path from 'node:path'
import {StudypackError} from '../core/errors.js'
import {warning, type Message} from '../core/messages.js'

/** A file that may not be read: outside its folder, or not a regular file. */
export class RefusedFileError extends StudypackError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: refused: ${reason}`)
    this.name = 'RefusedFileError'
  }
}

/** A file that is not there; callers decide whether that matters (answers.md is optional). */
export class MissingFileError extends StudypackError {
  constructor(readonly file: string) {
    super(`${file}: no such file`)
    this.name = 'MissingFileError'
  }
}

export interface ReadOptions {
  /** The folders the file may lie in (any of them), as written; their real paths are what count. */
  folders: string[]
  /** How messages name the file (default: the path as given). */
  name?: string
}

/** A folder's real path (a temp folder under a symlinked /tmp is common); as written when it does not exist. */
export function realFolder(folder: string): string {
  const absolute = path.resolve(folder)
  try {
    return realpathSync(absolute)
  } catch {
    return absolute
  }
}

export function isInside(file: string, folder: string): boolean {
  const root = folder.endsWith(path.sep) ? folder : folder + path.sep
  return file === folder || file.startsWith(root)
}

function kindOf(info: Stats): string | null {
  if (info.isFile()) return null
  if (info.isDirectory()) return 'it is a folder, not a file'
  if (info.isFIFO()) return 'it is a named pipe (FIFO), not a regular file'
  if (info.isSocket()) return 'it is a socket, not a regular file'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'it is a device, not a regular file'
  return 'it is not a regular file'
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException)?.code
}

function cannotRead(name: string, error: unknown): StudypackError {
  const code = errorCode(error)
  if (code === 'ENOENT' || code === 'ENOTDIR') return new MissingFileError(name)
  if (code === 'EACCES' || code === 'EPERM') return new StudypackError(`${name}: cannot read it (permission denied)`)
  if (code === 'ELOOP') return new RefusedFileError(name, 'its links go round in a loop')
  return new StudypackError(`${name}: cannot read it (${code ?? (error as Error).message})`)
}

/**
 * The real path of `file`, checked: inside one of the folders, and a regular
 * file. Throws MissingFileError, RefusedFileError or a StudypackError.
 */
export function resolveFile(file: string, options: ReadOptions): {real: string; info: Stats} {
  const name = options.name ?? file
  let real: string
  let info: Stats
  try {
    real = realpathSync(path.resolve(file))
    info = statSync(real)
  } catch (error) {
    throw cannotRead(name, error)
  }
  const folders = options.folders.map(realFolder)
  if (!folders.some((folder) => isInside(real, folder))) {
    const where =
      folders.length === 1
        ? `the folder it may come from (${folders[0]})`
        : `the folders it may come from (${folders.join(', ')})`
    const link = real !== path.resolve(file) ? `it is a link to ${real}, ` : ''
    throw new RefusedFileError(name, `${link}outside ${where}`)
  }
  const kind = kindOf(info)
  if (kind) throw new RefusedFileError(name, kind)
  return {real, info}
}

/** Read a checked file: opened without following a link and without waiting on a pipe, and checked again once open. */
export function readFileInside(file: string, options: ReadOptions): Buffer {
  const name = options.name ?? file
  const {real, info} = resolveFile(file, options)
  let fd: number
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    throw cannotRead(name, error)
  }
  try {
    const opened = fstatSync(fd)
    // Swapped between the check and the open: refuse what is there now.
    if (opened.ino !== info.ino || opened.dev !== info.dev)
      throw new RefusedFileError(name, 'it changed while being read')
    const kind = kindOf(opened)
    if (kind) throw new RefusedFileError(name, kind)
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

const UTF16_LE = [0xff, 0xfe]
const UTF16_BE = [0xfe, 0xff]
const UTF32_LE = [0xff, 0xfe, 0x00, 0x00]
const UTF32_BE = [0x00, 0x00, 0xfe, 0xff]

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte)

/** UTF-16 without a byte-order mark: in ASCII-heavy text every other byte is zero. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096)
  if (sample.length < 4) return false
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < sample.length; index++)
    if (sample[index] === 0) index % 2 === 0 ? evenZeros++ : oddZeros++
  const half = sample.length / 2
  return evenZeros > half * 0.6 !== oddZeros > half * 0.6 && evenZeros + oddZeros > half * 0.6
}

export const UTF16_UNSUPPORTED = 'UTF-16 is not supported without a byte-order mark: save the file as UTF-8'

/**
 * Bytes → text. UTF-8, with or without its byte-order mark; UTF-16 with one
 * is decoded too (Windows editors write it). Bad UTF-8 bytes become U+FFFD
 * and a warning names the first one's offset; UTF-32, UTF-16 without a mark
 * and binary files are refused with a line that says what to do.
 */
export function decodeText(bytes: Uint8Array, name: string, warnings: Message[]): string {
  if (startsWith(bytes, UTF32_LE) || startsWith(bytes, UTF32_BE))
    throw new StudypackError(`${name}: UTF-32 is not supported: save the file as UTF-8`)
  if (startsWith(bytes, UTF16_LE) || startsWith(bytes, UTF16_BE)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    try {
      return new TextDecoder(encoding, {fatal: true}).decode(bytes.subarray(2))
    } catch {
      throw new StudypackError(`${name}: it starts as UTF-16 but is not valid UTF-16: save the file as UTF-8`)
    }
  }
  if (bytes.includes(0)) {
    if (looksUtf16(bytes)) throw new StudypackError(`${name}: ${UTF16_UNSUPPORTED}`)
    throw new StudypackError(`${name}: this is a binary file, not markdown`)
  }
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

/** Read and decode a text file that must lie inside its folders. */
export function readTextInside(file: string, options: ReadOptions & {warnings: Message[]}): string {
  const name = options.name ?? file
  return decodeText(readFileInside(file, options), name, options.warnings)
}
