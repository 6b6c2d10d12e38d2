/**
 * Write outputs atomically: a temp file in the same folder, then a rename.
 * A reader (or a crash) never sees half a PDF at the final path.
 */
import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {StudypackError} from './errors.js'

export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await mkdir(dir, {recursive: true})
    await writeFile(temp, data)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, {force: true})
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new StudypackError(`cannot write ${file}: ${reason}`, {cause: error})
  }
}
