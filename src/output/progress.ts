/**
 * How a run shows its progress: a bar on a terminal, plain lines in a log,
 * nothing but errors with --quiet. Lines written while the bar
 * is up go above it, so the two never tangle.
 */
import cliProgress from 'cli-progress'
import {isEnding} from '../core/lifecycle.js'
import {formatMessage} from '../core/messages.js'
import type {Reporter} from '../core/report.js'

export interface Progress extends Reporter {
  start(total: number): void
  tick(label: string): void
  stop(): void
}

export function progress(options: {quiet?: boolean; stream?: NodeJS.WriteStream} = {}): Progress {
  const stream = options.stream ?? process.stderr
  // Once a signal is ending the run, failures it causes are not reported.
  const write = (line: string) => void (isEnding() || stream.write(`${line}\n`))
  if (options.quiet) return {info: () => {}, warn: () => {}, start: () => {}, tick: () => {}, stop: () => {}}
  if (!stream.isTTY)
    return {
      info: write,
      warn: (message) => write(`warning: ${formatMessage(message)}`),
      start: () => {},
      tick: () => {},
      stop: () => {},
    }
  const bar = new cliProgress.SingleBar(
    {stream, format: ' {bar} {value}/{total} packs  {label}', hideCursor: true, clearOnComplete: true, barsize: 24},
    cliProgress.Presets.shades_classic,
  )
  let active = false
  // Above the bar: clear its line, write, and let the next update redraw it.
  const above = (line: string) => {
    if (active) stream.write('\r\x1b[2K')
    write(line)
    if (active) bar.render()
  }
  return {
    info: () => {}, // On a terminal the bar and the summary say it all.
    warn: (message) => above(`warning: ${formatMessage(message)}`),
    start: (total) => {
      active = true
      bar.start(total, 0, {label: ''})
    },
    tick: (label) => bar.increment(1, {label}),
    stop: () => {
      if (active) bar.stop()
      active = false
    },
  }
}
