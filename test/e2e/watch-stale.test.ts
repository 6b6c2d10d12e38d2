/**
 * --watch removes what it no longer writes: a rebuild whose cards have no
 * questions left must not leave the last deck in the pack for the reader.
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'

const WITH_QUESTIONS = '# Notes\n\n## Basics\n\n### Key Questions\n\n- What is a unit test for?\n'
const WITHOUT = '# Notes\n\n## Basics\n\nNo questions any more, only this paragraph.\n'

it('removes the files of a document that wrote nothing on a rebuild', async () => {
  const content = mkdtempSync(path.join(os.tmpdir(), 'studypack-stale-content-'))
  const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-stale-out-'))
  writeFileSync(path.join(content, 'guide.md'), WITH_QUESTIONS)
  const args = ['build', '--watch', '-r', 'mle', '--only', 'anki', '--content', content, '--out', out]
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const waitFor = async (count: number) => {
    for (let waited = 0; waited < 60_000; waited += 100) {
      if ((stderr.match(/watching/g) ?? []).length >= count) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`timed out; stderr:\n${stderr}`)
  }
  const deck = path.join(out, 'ml-engineer', 'cards.anki.txt')
  try {
    await waitFor(1)
    expect(existsSync(deck)).toBe(true)
    // "watching" is printed as the watcher starts, before it has read the folder: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    writeFileSync(path.join(content, 'guide.md'), WITHOUT)
    await waitFor(2)
    expect(existsSync(deck)).toBe(false)
    expect(existsSync(path.join(out, 'ml-engineer', 'cards.csv'))).toBe(false)
    const removed = ['cards.apkg', 'cards.anki.txt', 'cards.csv'].map((name) => path.join('ml-engineer', name))
    expect(stderr).toContain(`removed, no longer written: ${removed.join(', ')}`)
    expect(stderr).toMatch(/changed: .*guide\.md; rebuilt 0 files in \d+\.\d s/)
  } finally {
    child.kill('SIGINT')
    await new Promise((resolve) => child.on('exit', resolve))
  }
})
