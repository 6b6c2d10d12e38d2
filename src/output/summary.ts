/**
 * The table at the end of a build: what each pack holds and what it cost. On
 * a terminal it fits the width: the files column gives way first (the full
 * names, then short ones, then a count), then long pack names are cut.
 */
import {formatBytes} from '../core/report.js'

export interface FileResult {
  name: string
  bytes: number
  pages?: number
}

export interface PackResult {
  folder: string
  files: FileResult[]
  ms: number
}

const HEADER = ['pack', 'files', 'pages', 'size', 'time']
const GAP = 2

/** "guide.pdf, cards.anki.txt" → "guide cards": the documents, without their file types. */
const shortNames = (files: FileResult[]) => [...new Set(files.map((file) => file.name.split('.')[0]))].join(' ')
const count = (files: FileResult[]) => `${files.length} file${files.length === 1 ? '' : 's'}`
const FILE_COLUMNS = [(files: FileResult[]) => files.map((file) => file.name).join(', '), shortNames, count]

const pagesOf = (result: PackResult) => result.files.reduce((sum, file) => sum + (file.pages ?? 0), 0)

function rowsOf(results: PackResult[], files: (files: FileResult[]) => string): string[][] {
  return results.map((result) => [
    result.folder,
    result.files.length ? files(result.files) : '(nothing)',
    String(pagesOf(result)),
    result.files.length ? formatBytes(result.files.reduce((sum, file) => sum + file.bytes, 0)) : '-',
    `${(result.ms / 1000).toFixed(1)} s`,
  ])
}

const widthsOf = (rows: string[][]) =>
  HEADER.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
const total = (widths: number[]) => widths.reduce((sum, width) => sum + width, 0) + GAP * (widths.length - 1)

const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(1, width - 1))}…` : text)

/** `width`: the terminal's columns, or undefined for a log, where lines may be as long as they need. */
export function summaryTable(results: PackResult[], totalMs: number, width?: number): string {
  const room = width === undefined ? Number.POSITIVE_INFINITY : Math.max(20, width - 1)
  let rows: string[][] = []
  for (const files of FILE_COLUMNS) {
    rows = rowsOf(results, files)
    if (total(widthsOf(rows)) <= room) break
  }
  const widths = widthsOf(rows)
  const over = total(widths) - room
  if (over > 0) {
    widths[0] = Math.max(HEADER[0]!.length, widths[0]! - over)
    rows = rows.map(([pack, ...rest]) => [cut(pack!, widths[0]!), ...rest])
  }
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join(' '.repeat(GAP))
      .trimEnd()
  const pages = results.reduce((sum, result) => sum + pagesOf(result), 0)
  return [
    line(HEADER),
    line(widths.map((size) => '─'.repeat(size))),
    ...rows.map(line),
    `${results.length} pack${results.length === 1 ? '' : 's'}, ${pages} pages in ${(totalMs / 1000).toFixed(1)} s`,
  ].join('\n')
}

/** The width a summary on `stream` must fit: a terminal's columns; none for a pipe or a file. */
export const widthOf = (stream: Pick<NodeJS.WriteStream, 'isTTY' | 'columns'>): number | undefined =>
  stream.isTTY ? stream.columns || 80 : undefined
