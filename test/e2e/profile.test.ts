import {mkdtempSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'

const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `studypack-${name}-`))

describe('build --profile', () => {
  it('prints where the time went, per document and phase, and writes it to OUT/profile.json', async () => {
    const out = temp('profile')
    const result = await studypack([
      'build',
      '-r',
      'mle',
      '--only',
      'checklist',
      '--only',
      'anki',
      '--profile',
      '-o',
      out,
    ])
    expect(result.code).toBe(0)
    const table = result.stderr.slice(result.stderr.indexOf('document  '))
    for (const row of [
      /^run\s+process start and imports\s+\d+/m,
      /^run\s+content load and checks\s+\d+/m,
      /^run\s+browser start\s+\d+/m,
      /^checklist\s+load page\s+\d+/m,
      /^checklist\s+measure firstFit\s+\d+/m,
      /^checklist\s+print\s+\d+/m,
      /^checklist\s+write checklist\.pdf\s+\d+/m,
      /^anki\s+write cards\.apkg\s+\d+/m,
      /^run\s+browser close\s+\d+/m,
      /^total\s+wall clock\s+\d+$/m,
    ])
      expect(table).toMatch(row)
    const profile = JSON.parse(readFileSync(path.join(out, 'profile.json'), 'utf8'))
    expect(profile.totalMs).toBeGreaterThan(0)
    const print = profile.spans.find(
      (span: {owner: string; phase: string}) => span.owner === 'checklist' && span.phase === 'print',
    )
    expect(print.start).toBeGreaterThan(0)
    expect(print.ms).toBeGreaterThan(0)
    // Every span lies within the run.
    for (const span of profile.spans) expect(span.start + span.ms).toBeLessThanOrEqual(profile.totalMs + 1)
  })

  it('is off by default: no table, no profile.json', async () => {
    const out = temp('no-profile')
    const result = await studypack(['build', '-r', 'mle', '--only', 'anki', '-o', out])
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/wall clock/)
    expect(() => readFileSync(path.join(out, 'profile.json'))).toThrow()
  })
})
