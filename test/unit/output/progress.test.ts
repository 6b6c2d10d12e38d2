import {describe, expect, it} from 'vitest'
import {warning} from '../../../src/core/messages.js'
import {progress} from '../../../src/output/progress.js'
import {screenOf} from '../../helpers/terminal.js'

function terminal(columns: number) {
  let output = ''
  return {
    stream: {isTTY: true, columns, write: (chunk: string) => ((output += chunk), true)},
    output: () => output,
  }
}

describe('progress on a terminal', () => {
  it('prints warnings above the bar, whole, and leaves no bar behind', () => {
    const tty = terminal(40)
    const bar = progress({stream: tty.stream as never, env: {}})
    bar.start(3)
    bar.tick('ml-engineer')
    bar.warn(warning('a warning much longer than the forty columns of this terminal', 'long-one'))
    bar.tick('research-scientist-time-series-and-more')
    bar.warn(warning('second', 'short-one', {file: 'guide.md', line: 3, column: 1}))
    bar.tick('product-manager')
    bar.stop()
    tty.stream.write('summary\n')
    const screen = screenOf(tty.output(), 40)
    expect(screen.lines).toEqual([
      'warning: a warning much longer than the forty columns of this terminal [long-one]',
      'warning: guide.md:3:1: second [short-one]',
      'summary',
    ])
  })

  it('keeps the bar to one line, cut to the width', () => {
    const tty = terminal(40)
    const bar = progress({stream: tty.stream as never, env: {}})
    bar.start(16)
    bar.tick('research-scientist-time-series')
    const screen = screenOf(tty.output(), 40)
    expect(screen.rows).toHaveLength(1)
    expect(screen.rows[0]!.length).toBe(39)
    expect(screen.rows[0]).toMatch(/ 1\/16 packs {2}…$/)
    expect(screen.rows[0]).toMatch(/^ █+░+ /)
    bar.stop()
  })

  it('colours "warning:" on a terminal, not with NO_COLOR, and never in a log', () => {
    const coloured = terminal(80)
    progress({stream: coloured.stream as never, env: {}}).warn(warning('w', 'r'))
    expect(coloured.output()).toBe('\x1b[33mwarning:\x1b[39m w [r]\n')
    const plain = terminal(80)
    progress({stream: plain.stream as never, env: {NO_COLOR: '1'}}).warn(warning('w', 'r'))
    expect(plain.output()).toBe('warning: w [r]\n')
    let log = ''
    const file = {isTTY: false, write: (chunk: string) => ((log += chunk), true)}
    const logged = progress({stream: file as never, env: {}})
    logged.start(1)
    logged.warn(warning('w', 'r'))
    logged.stop()
    expect(log).toBe('warning: w [r]\n')
  })
})
