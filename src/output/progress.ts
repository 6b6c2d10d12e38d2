/**
 * How a run shows its progress: a one-line bar on a terminal, plain lines in
 * a log, nothing but errors with --quiet. A warning that comes while the bar
 * is up is printed above it: the bar's line is cleared, the warning written
 * (wrapping as the terminal wraps it), and the bar drawn again below. The bar
 * itself is cut to the terminal's width, so it never wraps and always stays
 * on its one line; when it ends, its line is cleared and what follows starts
 * there, below every warning.
 */
import {isEnding} from '../core/lifecycle.js'
import {formatMessage, type Message} from '../core/messages.js'
import type {Reporter} from '../core/report.js'
import {paint} from './colors.js'

export interface Progress extends Reporter {
  start(total: number): void
  tick(label: string): void
  stop(): void
}

const BAR_WIDTH = 24
const CLEAR_LINE = '\r\x1b[2K'
const HIDE_CURSOR = '\x1b[?25l'
const SHOW_CURSOR = '\x1b[?25h'

type Stream = Pick<NodeJS.WriteStream, 'write' | 'isTTY' | 'columns'>

function barLine(value: number, total: number, label: string, columns: number): string {
  const done = total > 0 ? Math.round((BAR_WIDTH * value) / total) : 0
  const line = ` ${'█'.repeat(done)}${'░'.repeat(BAR_WIDTH - done)} ${value}/${total} packs  ${label}`
  // One column short of the width: a line that fills the last column makes some terminals wrap.
  const room = Math.max(1, columns - 1)
  return line.length > room ? `${line.slice(0, room - 1)}…` : line
}

export function progress(options: {quiet?: boolean; stream?: Stream; env?: NodeJS.ProcessEnv} = {}): Progress {
  const stream = options.stream ?? process.stderr
  const colors = paint(stream, options.env)
  const warningLine = (message: Message) => `${colors.yellow('warning:')} ${formatMessage(message)}`
  // Once a signal is ending the run, failures it causes are not reported.
  const write = (line: string) => void (isEnding() || stream.write(`${line}\n`))
  if (options.quiet) return {info: () => {}, warn: () => {}, start: () => {}, tick: () => {}, stop: () => {}}
  if (!stream.isTTY)
    return {
      info: write,
      warn: (message) => write(warningLine(message)),
      start: () => {},
      tick: () => {},
      stop: () => {},
    }
  let active = false
  let value = 0
  let total = 0
  let label = ''
  const showCursor = () => void stream.write(SHOW_CURSOR)
  const draw = () => void stream.write(`${CLEAR_LINE}${barLine(value, total, label, stream.columns || 80)}`)
  const above = (line: string) => {
    if (!active) return write(line)
    stream.write(`${CLEAR_LINE}${line}\n`)
    draw()
  }
  return {
    info: () => {}, // On a terminal the bar and the summary say it all.
    warn: (message) => above(warningLine(message)),
    start: (count) => {
      ;[active, value, total, label] = [true, 0, count, '']
      stream.write(HIDE_CURSOR)
      // However the run ends, the cursor comes back.
      process.once('exit', showCursor)
      draw()
    },
    tick: (name) => {
      value += 1
      label = name
      if (active) draw()
    },
    stop: () => {
      if (!active) return
      active = false
      stream.write(`${CLEAR_LINE}${SHOW_CURSOR}`)
      process.off('exit', showCursor)
    },
  }
}
