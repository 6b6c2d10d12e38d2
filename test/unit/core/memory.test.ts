/** A batch collects its garbage after each pack (core/memory.ts), without --expose-gc on the command line. */
import {describe, expect, it} from 'vitest'
import {collectGarbage} from '../../../src/core/memory.js'

describe('collectGarbage', () => {
  it('frees what nothing holds any more, at once', () => {
    collectGarbage()
    const before = process.memoryUsage().heapUsed
    let garbage: string[] | null = Array.from({length: 200_000}, (_, index) => `line ${index} `.repeat(20))
    expect(garbage.length).toBe(200_000)
    const full = process.memoryUsage().heapUsed
    expect(full - before).toBeGreaterThan(30e6)
    garbage = null
    collectGarbage()
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10e6)
  })
})
