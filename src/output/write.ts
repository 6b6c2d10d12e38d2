/**
 * Write outputs atomically (write-file-atomic: a temp file in the same
 * folder, flushed, then renamed; a temp file left by a signal is removed as
 * the process exits). A reader, a crash or Ctrl-C never sees half a file.
 */
import {access, constants, mkdir} from 'node:fs/promises'
import path from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import {StudypackError} from '../core/errors.js'

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a file is in the way of a folder',
  }
  return (code && known[code]) ?? (error as Error).message
}

export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  try {
    await mkdir(path.dirname(file), {recursive: true})
    await writeFileAtomic(
      file,
      typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    )
  } catch (error) {
    throw new StudypackError(`cannot write ${file}: ${reason(error)}`, {cause: error})
  }
}

/** Fail before any work is done when the output folder cannot be made or written. */
export async function checkWritable(dir: string): Promise<void> {
  try {
    await mkdir(dir, {recursive: true})
    await access(dir, constants.W_OK)
  } catch (error) {
    throw new StudypackError(`cannot write to the output folder ${dir}: ${reason(error)}`, {cause: error})
  }
}
