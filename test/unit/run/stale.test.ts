import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {PackResult} from '../../../src/output/summary.js'
import {removeStale, staleFiles} from '../../../src/run/stale.js'

const pack = (folder: string, ...names: string[]): PackResult => ({
  folder,
  files: names.map((name) => ({name, bytes: 1})),
  ms: 1,
})

describe('stale outputs of a watch', () => {
  it('are the files the last build wrote and this one did not', () => {
    const before = [pack('all', 'guide.pdf', 'cards.pdf', 'cards.anki.txt'), pack('all-cv', 'guide.pdf')]
    const after = [pack('all', 'guide.pdf')]
    expect(staleFiles(before, after)).toEqual([
      path.join('all', 'cards.pdf'),
      path.join('all', 'cards.anki.txt'),
      path.join('all-cv', 'guide.pdf'),
    ])
    expect(staleFiles([], after)).toEqual([])
  })

  it('are removed, with a pack folder they leave empty; other files stay', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-stale-'))
    for (const folder of ['all', 'gone', 'mine']) mkdirSync(path.join(out, folder))
    for (const file of ['all/guide.pdf', 'all/cards.pdf', 'gone/guide.pdf', 'mine/guide.pdf', 'mine/notes.txt'])
      writeFileSync(path.join(out, file), 'x')
    await removeStale(out, ['all/cards.pdf', 'gone/guide.pdf', 'mine/guide.pdf'])
    expect(existsSync(path.join(out, 'all/guide.pdf'))).toBe(true)
    expect(existsSync(path.join(out, 'all/cards.pdf'))).toBe(false)
    expect(existsSync(path.join(out, 'gone'))).toBe(false)
    expect(existsSync(path.join(out, 'mine/notes.txt'))).toBe(true)
  })
})
