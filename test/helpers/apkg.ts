/**
 * Opens a written .apkg the way Anki's importer does: unzip it (fflate), read
 * the `media` map, open `collection.anki2` with sql.js. For the tests only.
 */
import {strFromU8, unzipSync} from 'fflate'
import initSqlJs, {type Database} from 'sql.js'

export interface OpenedPackage {
  files: Record<string, Uint8Array>
  media: Record<string, string>
  db: Database
  rows(sql: string): Record<string, unknown>[]
}

export async function openApkg(bytes: Uint8Array): Promise<OpenedPackage> {
  const files = unzipSync(bytes)
  const SQL = await initSqlJs()
  const db = new SQL.Database(files['collection.anki2'])
  const media = JSON.parse(strFromU8(files.media!)) as Record<string, string>
  const rows = (sql: string) => {
    const [result] = db.exec(sql)
    if (!result) return []
    return result.values.map((values) =>
      Object.fromEntries(result.columns.map((column, index) => [column, values[index]])),
    )
  }
  return {files, media, db, rows}
}

/** Each note's GUID by its Front field. */
export function guidsByFront(opened: OpenedPackage): Map<string, string> {
  return new Map(
    opened.rows('select guid, flds from notes').map((row) => [String(row.flds).split('\x1f')[0]!, String(row.guid)]),
  )
}
