/** The table at the end of a build: what each pack holds and what it cost. */
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

export function summaryTable(results: PackResult[], totalMs: number): string {
  const rows = results.map((result) => [
    result.folder,
    result.files.map((file) => file.name).join(', ') || '(nothing)',
    String(result.files.reduce((sum, file) => sum + (file.pages ?? 0), 0)),
    formatBytes(result.files.reduce((sum, file) => sum + file.bytes, 0)),
    `${(result.ms / 1000).toFixed(1)} s`,
  ])
  const header = ['pack', 'files', 'pages', 'size', 'time']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd()
  const pages = results.reduce((sum, result) => sum + result.files.reduce((n, file) => n + (file.pages ?? 0), 0), 0)
  return [
    line(header),
    line(widths.map((width) => '─'.repeat(width))),
    ...rows.map(line),
    `${results.length} pack${results.length === 1 ? '' : 's'}, ${pages} pages in ${(totalMs / 1000).toFixed(1)} s`,
  ].join('\n')
}
