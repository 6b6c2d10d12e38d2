/**
 * Files a --watch rebuild no longer writes. Each rebuild is compared with the
 * one before it: a document that wrote a file last time and nothing this time
 * (cards of a guide whose questions were all removed), or a pack the manifest
 * no longer makes, must not leave last build's file behind for the reader to
 * trust. Only files this watch wrote itself are ever removed.
 */
import {rm, rmdir} from 'node:fs/promises'
import path from 'node:path'
import type {PackResult} from '../output/summary.js'

const filesOf = (results: PackResult[]) =>
  new Set(results.flatMap((result) => result.files.map((file) => path.join(result.folder, file.name))))

/** Paths, relative to the output folder, that `before` wrote and `after` did not. */
export function staleFiles(before: PackResult[], after: PackResult[]): string[] {
  const kept = filesOf(after)
  return [...filesOf(before)].filter((file) => !kept.has(file))
}

/** Remove them, and a pack folder they leave empty. */
export async function removeStale(out: string, files: string[]): Promise<void> {
  for (const file of files) await rm(path.join(out, file), {force: true})
  const folders = new Set(files.map((file) => path.dirname(file)))
  // rmdir refuses a folder that holds anything else: the user's own files stay.
  for (const folder of folders) await rmdir(path.join(out, folder)).catch(() => {})
}
