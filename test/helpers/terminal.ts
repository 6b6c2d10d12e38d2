/**
 * A small terminal: what a screen shows after some output, for the escape
 * sequences studypack's output uses (carriage return, erase line, cursor
 * column, save and restore, auto-wrap on and off; colours are ignored). Rows are kept
 * whole, never scrolled away, so a test sees every line ever left on screen.
 */
export interface Screen {
  /** The rows, without trailing blanks. */
  rows: string[]
  /** Rows joined where the terminal wrapped a long line: the lines as written. */
  lines: string[]
}

export function screenOf(output: string, columns: number): Screen {
  const rows: string[][] = [[]]
  const wrapped: boolean[] = [false]
  let row = 0
  let column = 0
  let saved = {row: 0, column: 0}
  let autoWrap = true
  const ensure = () => {
    while (rows.length <= row) {
      rows.push([])
      wrapped.push(false)
    }
  }
  const put = (char: string) => {
    if (column >= columns) {
      if (!autoWrap) column = columns - 1
      else {
        wrapped[row] = true
        row += 1
        column = 0
        ensure()
      }
    }
    const cells = rows[row]!
    while (cells.length < column) cells.push(' ')
    cells[column] = char
    column += 1
  }
  for (let index = 0; index < output.length; index++) {
    const char = output[index]!
    if (char === '\x1b') {
      const rest = output.slice(index + 1)
      const csi = rest.match(/^\[(\??)([0-9;]*)([A-Za-z])/)
      if (csi) {
        index += csi[0].length
        const [, private_, args, command] = csi
        const n = Number(args || 0)
        if (private_ === '?' && args === '7') autoWrap = command === 'h'
        else if (private_) continue
        else if (command === 'G') column = Math.max(0, n - 1)
        else if (command === 'K' && n === 0) rows[row] = rows[row]!.slice(0, column)
        else if (command === 'K' && n === 1) rows[row] = rows[row]!.map((cell, at) => (at <= column ? ' ' : cell))
        else if (command === 'K' && n === 2) rows[row] = []
        continue
      }
      if (rest[0] === '7') saved = {row, column}
      if (rest[0] === '8') ({row, column} = saved)
      index += 1
      continue
    }
    if (char === '\r') column = 0
    else if (char === '\n') {
      // A terminal's line discipline turns "\n" into "\r\n" (onlcr).
      row += 1
      column = 0
      ensure()
    } else put(char)
  }
  const text = rows.map((cells) => cells.join('').trimEnd())
  const lines: string[] = []
  let current = ''
  text.forEach((line, at) => {
    current += wrapped[at] ? rows[at]!.join('') : line
    if (!wrapped[at]) {
      lines.push(current)
      current = ''
    }
  })
  while (lines.at(-1) === '') lines.pop()
  while (text.at(-1) === '') text.pop()
  return {rows: text, lines}
}
