import {describe, expect, it} from 'vitest'
import {colorsEnabled, paint} from '../../../src/output/colors.js'

describe('colours', () => {
  it('are on for a terminal only, and NO_COLOR, TERM=dumb and FORCE_COLOR decide over that', () => {
    expect(colorsEnabled({isTTY: true}, {})).toBe(true)
    expect(colorsEnabled({isTTY: false}, {})).toBe(false)
    expect(colorsEnabled({isTTY: true}, {NO_COLOR: '1'})).toBe(false)
    // An empty NO_COLOR does not count (no-color.org).
    expect(colorsEnabled({isTTY: true}, {NO_COLOR: ''})).toBe(true)
    expect(colorsEnabled({isTTY: true}, {TERM: 'dumb'})).toBe(false)
    expect(colorsEnabled({isTTY: false}, {FORCE_COLOR: '1'})).toBe(true)
    expect(colorsEnabled({isTTY: true}, {FORCE_COLOR: '0'})).toBe(false)
  })

  it('wrap text only when on', () => {
    expect(paint({isTTY: true}, {}).red('x')).toBe('\x1b[31mx\x1b[39m')
    expect(paint({isTTY: false}, {}).red('x')).toBe('x')
  })
})
