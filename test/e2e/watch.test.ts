/**
 * --watch: a change rebuilds in the same browser, a broken manifest is
 * reported and the watcher lives on, Ctrl-C closes the browser.
 */
import {spawn} from 'node:child_process'
import {appendFileSync, cpSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'
import {CONTENT} from '../helpers/guide.js'
import {alive, descendants} from '../helpers/processes.js'

describe('studypack build --watch', () => {
  it('rebuilds on change, survives a broken manifest, and closes the browser on Ctrl-C', async () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'studypack-watch-content-'))
    const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-watch-out-'))
    cpSync(CONTENT, content, {recursive: true})
    const child = spawn(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'),
        'build',
        '--watch',
        '-r',
        'pm',
        '--only',
        'guide',
        '--content',
        content,
        '--out',
        out,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const waitFor = async (count: number, pattern: RegExp) => {
      for (let waited = 0; waited < 60_000; waited += 100) {
        if ((stderr.match(new RegExp(pattern, 'g')) ?? []).length >= count) return
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`timed out waiting for ${pattern}; stderr:\n${stderr}`)
    }
    const pdf = path.join(out, 'product-manager', 'guide.pdf')
    try {
      await waitFor(1, /watching/)
      const first = statSync(pdf).mtimeMs
      const browsers = descendants(child.pid!)
      expect(browsers.length).toBeGreaterThan(0)

      appendFileSync(path.join(content, 'interview-prep-ai-ml.md'), '\n## Added While Watching\n\n- A new tip\n')
      await waitFor(2, /watching/)
      expect(statSync(pdf).mtimeMs).toBeGreaterThan(first)

      const manifest = readFileSync(path.join(content, 'studypack.yaml'), 'utf8')
      writeFileSync(path.join(content, 'studypack.yaml'), `${manifest}\nroles: [oops\n`)
      await waitFor(3, /watching/)
      expect(stderr).toMatch(/studypack: .*studypack\.yaml:\d+:\d+: YAML syntax error/)
      expect(child.exitCode).toBeNull()

      writeFileSync(path.join(content, 'studypack.yaml'), manifest)
      await waitFor(4, /watching/)
      // The browser stayed the same all along.
      expect(descendants(child.pid!).filter((pid) => browsers.includes(pid)).length).toBeGreaterThan(0)

      child.kill('SIGINT')
      const code = await new Promise((resolve) => child.on('exit', resolve))
      expect(code).toBe(130)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(browsers.filter(alive)).toEqual([])
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
