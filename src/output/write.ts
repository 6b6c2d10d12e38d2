/**
 * Write outputs atomically: a temp file in the same folder, then a rename.
 * A reader (or a crash, or Ctrl-C) never sees half a file at the final path,
 * and a temp file still being written when a signal arrives is removed.
 */
import {randomBytes} from 'node:crypto'
import {rmSync} from 'node:fs'
import {access, constants, mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {StudypackError} from '../core/errors.js'
import {onExit} from '../core/lifecycle.js'

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
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const release = onExit(() => rmSync(temp, {force: true}))
  try {
    await mkdir(dir, {recursive: true})
    await writeFile(temp, data)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, {force: true})
    throw new StudypackError(`cannot write ${file}: ${reason(error)}`, {cause: error})
  } finally {
    release()
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
