/**
 * Options are one validated config, checked before any work: the bugs of
 * late checking (issue 10) each have a case here, run as a user runs them.
 */
import {existsSync, mkdtempSync, readdirSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'

const out = () => mkdtempSync(path.join(os.tmpdir(), 'studypack-config-'))
const HINT = 'Run "studypack --help" for usage.'

describe('a bad option fails before any work, in every mode', () => {
  it('one pack: exit 2, one line, nothing written', async () => {
    const dir = out()
    const result = await studypack([
      'build',
      '-r',
      'mle',
      '--pages',
      '0',
      '--only',
      'cheatsheet',
      '--only',
      'guide',
      '-o',
      dir,
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`studypack: --pages takes a whole number of pages, 1 or more (got 0)\n${HINT}\n`)
    expect(readdirSync(dir)).toEqual([])
  })

  it('--all: exit 2 and the same one line, not one per pack', async () => {
    const dir = out()
    const result = await studypack(['build', '--all', '--pages', '0', '-o', dir])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`studypack: --pages takes a whole number of pages, 1 or more (got 0)\n${HINT}\n`)
    expect(readdirSync(dir)).toEqual([])
  })

  it('--watch: an unknown role ends the run with exit 2 instead of watching', async () => {
    const result = await studypack(['build', '-r', 'nosuch', '--watch', '--only', 'guide', '-o', out()])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^studypack: unknown role "nosuch"\./)
    expect(result.stderr).not.toContain('watching')
  })

  it('--watch: a bad option ends the run with exit 2', async () => {
    const result = await studypack(['build', '-r', 'mle', '--watch', '--timeout', '0', '-o', out()])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`studypack: --timeout takes a number of seconds from 1 to 3600 (got 0)\n${HINT}\n`)
  })

  it('a role with spaces around it is the role', async () => {
    const dir = out()
    const result = await studypack(['build', '--role', 'mle ', '--only', 'anki', '-o', dir, '-q'])
    expect(result.code, result.stderr).toBe(0)
    expect(existsSync(path.join(dir, 'ml-engineer', 'cards.anki.txt'))).toBe(true)
  })

  it.each([
    [['-c', 'content', '-c', 'content'], '--content was given 2 times; give it once'],
    [['-r', 'mle', '-r', 'ds'], '--role was given 2 times; give it once'],
    [['-o', 'a', '-o', 'b'], '--out was given 2 times; give it once'],
    [['-d', ''], '--domain names no domain (use "none" for no domain sections) (got [""])'],
    [['-o', ''], '--out names no folder (got "")'],
    [['--timeout', '3000000'], '--timeout takes a number of seconds from 1 to 3600 (got 3000000)'],
    [['--concurrency', '1.5'], '--concurrency takes a whole number (got 1.5)'],
    [['--all', '-r', 'mle'], '--all builds every role and domain: leave out --role and --domain'],
  ])('%j is a usage error: %s', async (args, message) => {
    const result = await studypack([
      'build',
      ...(args.includes('-r') || args.includes('--all') ? [] : ['-r', 'mle']),
      ...args,
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`studypack: ${message}\n${HINT}\n`)
  })

  it('list checks its options the same way', async () => {
    const result = await studypack(['list', '-c', 'content', '-c', 'content'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`studypack: --content was given 2 times; give it once\n${HINT}\n`)
  })
})
