/** The bundle run from V8's code cache (src/cli/code-cache.ts), in processes of its own: the cache is saved at exit. */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cacheFileOf} from '../../../src/cli/code-cache.js'
import {PROJECT_ROOT} from '../../../src/core/paths.js'

// A bundle as the setup writes one: CommonJS, loading a package late through __import.
const BUNDLE = `
const {basename} = require('node:path')
exports.loaded = true
__import('node:os').then((os) => console.log(basename(__filename), typeof os.cpus, module.exports.loaded))
`

function folderWithBundle() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-code-cache-'))
  const bundle = path.join(dir, 'bundle.cjs')
  writeFileSync(bundle, BUNDLE)
  const runner = path.join(dir, 'run.mjs')
  const module = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'cli', 'code-cache.js')).href
  writeFileSync(
    runner,
    `import {runCached} from '${module}'\nconsole.log(runCached(${JSON.stringify(bundle)}, (s) => import(s)))\n`,
  )
  return {bundle, run: () => spawnSync(process.execPath, [runner], {encoding: 'utf8'})}
}

describe('the bundle run from a code cache', () => {
  it('compiles the first time and saves a cache at exit, which the next run takes; both can import()', () => {
    const {bundle, run} = folderWithBundle()
    const first = run()
    expect(first.stderr).toBe('')
    expect(first.stdout).toBe('compiled\nbundle.cjs function true\n')
    const saved = readFileSync(cacheFileOf(bundle))
    expect(saved.length).toBeGreaterThan(0)
    const second = run()
    expect(second.stdout).toBe('cached\nbundle.cjs function true\n')
    // A cache that was taken is not written again.
    expect(readFileSync(cacheFileOf(bundle)).equals(saved)).toBe(true)
  })

  it('compiles from source when V8 refuses the cache, and replaces it', () => {
    const {bundle, run} = folderWithBundle()
    writeFileSync(cacheFileOf(bundle), 'not a code cache')
    expect(run().stdout).toBe('compiled\nbundle.cjs function true\n')
    expect(readFileSync(cacheFileOf(bundle), 'utf8')).not.toBe('not a code cache')
    expect(run().stdout).toMatch(/^cached\n/)
  })

  it('runs as before when the cache cannot be written', () => {
    const {bundle, run} = folderWithBundle()
    // A folder where the cache file would go: the save fails, quietly.
    mkdirSync(cacheFileOf(bundle))
    const result = run()
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('compiled\nbundle.cjs function true\n')
  })

  it('names the cache after the V8 that made it', () => {
    expect(cacheFileOf('/x/studypack.cjs')).toBe(`/x/studypack.cjs.${process.arch}-v8-${process.versions.v8}.cache`)
  })
})
