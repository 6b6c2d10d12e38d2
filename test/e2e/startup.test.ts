/** Commands that make no PDF start without the browser's libraries. */
import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'

const loadedBy = (args: string[]) => {
  const register = path.join(PROJECT_ROOT, 'test', 'helpers', 'loaded-register.mjs')
  const result = spawnSync(
    process.execPath,
    ['--import', register, path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), ...args],
    {encoding: 'utf8'},
  )
  expect(result.status).toBe(0)
  return result.stderr
}

describe('start-up', () => {
  it('--help and list load neither puppeteer nor pdf.js', () => {
    for (const args of [['--help'], ['build', '--help'], ['list'], ['list', '--questions', '--json']]) {
      expect(loadedBy(args), args.join(' ')).not.toMatch(/loaded: (puppeteer|pdfjs)/)
    }
  })

  it('a build that prints loads puppeteer (so the hook sees it), one that only exports does not', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-startup-'))
    expect(loadedBy(['build', '-r', 'pm', '--only', 'checklist', '--out', out])).toMatch(/loaded: puppeteer/)
    expect(loadedBy(['build', '-r', 'pm', '--only', 'anki', '--out', out])).not.toMatch(/loaded: puppeteer/)
  })
})
