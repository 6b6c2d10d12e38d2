import {describe, expect, it} from 'vitest'
import {createProfile, NO_PROFILE, phaseRows, profileTable} from '../../../src/core/profile.js'

describe('the profile of a run', () => {
  it('times spans, also when the work fails', async () => {
    const profile = createProfile()
    await profile.time('guide', 'print', () => new Promise((resolve) => setTimeout(resolve, 20)))
    await expect(profile.time('guide', 'print', () => Promise.reject(new Error('no')))).rejects.toThrow('no')
    const spans = profile.spans()
    expect(spans.map((span) => [span.owner, span.phase])).toEqual([
      ['guide', 'print'],
      ['guide', 'print'],
    ])
    expect(spans[0]!.ms).toBeGreaterThanOrEqual(15)
    expect(spans[0]!.start).toBeGreaterThan(0)
  })

  it('records nothing unless asked to', async () => {
    expect(await NO_PROFILE.time('guide', 'print', async () => 7)).toBe(7)
    NO_PROFILE.since('run', 'start', 0)
    expect(NO_PROFILE.spans()).toEqual([])
  })

  it('sums each document phase, in the order phases were first seen, with their window', () => {
    const rows = phaseRows([
      {owner: 'cards', phase: 'load page', start: 50, ms: 10},
      {owner: 'guide', phase: 'print', start: 10, ms: 30},
      {owner: 'cards', phase: 'load page', start: 100, ms: 20},
    ])
    expect(rows).toEqual([
      {owner: 'guide', phase: 'print', count: 1, ms: 30, from: 10, to: 40},
      {owner: 'cards', phase: 'load page', count: 2, ms: 30, from: 50, to: 120},
    ])
    const table = profileTable(
      [
        {owner: 'guide', phase: 'print', start: 10, ms: 30},
        {owner: 'cards', phase: 'load page', start: 50, ms: 10},
        {owner: 'cards', phase: 'load page', start: 100, ms: 20},
      ],
      130,
    )
    const lines = table.split('\n')
    expect(lines[0]).toMatch(/^document\s+phase\s+ms\s+from – +to$/)
    expect(lines[2]).toMatch(/^cards\s+load page ×2\s+30\s+50 –\s+120$/)
    expect(lines.at(-1)).toMatch(/^total\s+wall clock\s+130$/)
  })
})
