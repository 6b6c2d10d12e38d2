/** A batch collects its garbage once enough has piled up (core/memory.ts), without --expose-gc on the command line. */
import {describe, expect, it} from 'vitest'
import {collectGarbage, garbageCollector} from '../../../src/core/memory.js'

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

describe('garbageCollector', () => {
  it('collects only once what is held has grown past its slack, and measures again from there', () => {
    let held = 100
    const collect = garbageCollector(50, () => held)
    held = 140
    expect(collect()).toBe(false)
    held = 151
    expect(collect()).toBe(true)
    // After the real collection the measure reads the same 151: the next must grow 50 past that.
    expect(collect()).toBe(false)
    held = 200
    expect(collect()).toBe(false)
    held = 201
    expect(collect()).toBe(true)
  })

  it('by default measures the JS heap: a batch that drops 100 MB gets it collected', () => {
    const collect = garbageCollector()
    let garbage: string[] | null = Array.from({length: 400_000}, (_, index) => `line ${index} `.repeat(20))
    expect(garbage.length).toBe(400_000)
    garbage = null
    const before = process.memoryUsage().heapUsed
    expect(collect()).toBe(true)
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(60e6)
  })
})
