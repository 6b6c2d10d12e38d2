/**
 * How a build is told what to read and how: the guide as an argument, a
 * folder or standard input; options from flags, STUDYPACK_* variables, a
 * config file and the guide's front matter, in that order of precedence.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'
import {studypack} from '../helpers/cli.js'

const BIN = path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js')
const HINT = 'Run "studypack --help" for usage.'
const GUIDE = '# Vectors\n\n## Key Questions\n\n- What is a dot product?\n- Why normalise a vector?\n'

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-input-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

const run = (args: string[], options: {cwd?: string; input?: string; env?: NodeJS.ProcessEnv} = {}) => {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: {...process.env, ...options.env},
    encoding: 'utf8',
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const configOf = (cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => {
  const result = run(['config', '--json', ...args], {cwd, env})
  expect(result.code, result.stderr).toBe(0)
  return Object.fromEntries(
    (JSON.parse(result.stdout) as Array<{option: string; value: unknown; from: string}>).map((row) => [
      row.option,
      {value: row.value, from: row.from},
    ]),
  )
}

describe('input', () => {
  it('takes the guide as an argument, like md-to-pdf', async () => {
    const dir = folder({'notes.md': GUIDE})
    const out = path.join(dir, 'out')
    const result = await studypack(['build', path.join(dir, 'notes.md'), '--only', 'anki', '-o', out, '-q'])
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(path.join(out, 'all', 'cards.anki.txt'), 'utf8')).toContain('What is a dot product?')
  })

  it('reads a guide from standard input with -', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-stdin-'))
    const result = run(['build', '-', '--only', 'anki', '-o', out, '-q'], {input: GUIDE})
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(path.join(out, 'all', 'cards.anki.txt'), 'utf8')).toContain('Why normalise a vector?')
  })

  it('naming the guide twice is a usage error', async () => {
    const result = await studypack(['build', 'a.md', '--content', 'b.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`studypack: name the guide once: as GUIDE or with --content, not both\n${HINT}\n`)
  })

  it('with no guide named, a guide in the working folder wins over the bundled one, and says so', () => {
    const dir = folder({'guide.md': GUIDE, 'README.md': '# About these notes\n'})
    const result = run(['build', '--only', 'anki'], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain('studypack: read the guide in this folder (guide.md)')
    expect(existsSync(path.join(dir, 'out', 'all', 'cards.anki.txt'))).toBe(true)
    const empty = folder({'README.md': '# Nothing here\n'})
    const bundled = run(['build', '-r', 'mle', '--only', 'anki'], {cwd: empty})
    expect(bundled.code, bundled.stderr).toBe(0)
    expect(bundled.stderr).toContain('studypack: read the bundled sample guide')
  })

  it('-v prints the version', () => {
    const result = run(['-v'])
    expect(result.code).toBe(0)
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version)
  })
})

describe('config', () => {
  const guide = `---\ntitle: Vectors\npaper: letter\ncard-size: a6\nduplex: none\npages: 4\n---\n${GUIDE}`

  it('precedence: flag > STUDYPACK_* > config file > front matter > default, each value with its source', () => {
    const dir = folder({'guide.md': guide, 'studypack.config.yaml': 'duplex: short\npages: 3\ntheme: compact\n'})
    const config = configOf(dir, ['--theme', 'ink-saver'], {STUDYPACK_PAGES: '1'})
    expect(config.theme).toEqual({value: 'ink-saver', from: 'command line'})
    expect(config.pages).toEqual({value: 1, from: 'STUDYPACK_PAGES'})
    expect(config.duplex).toEqual({value: 'short', from: 'studypack.config.yaml:1:1'})
    expect(config.paper).toEqual({value: 'letter', from: 'guide.md:3:1'})
    expect(config.orientation).toEqual({value: 'landscape', from: 'default'})
    expect(config.content?.from).toBe('the guide in this folder (guide.md)')
  })

  it('reads a "studypack" key in package.json and JSON config files', () => {
    const pkg = folder({
      'guide.md': GUIDE,
      'package.json': JSON.stringify({name: 'notes', studypack: {paper: 'letter'}}),
    })
    expect(configOf(pkg).paper).toEqual({value: 'letter', from: 'package.json:1:30'})
    const json = folder({'guide.md': GUIDE, 'studypack.config.json': '{\n  "cardSize": "index-4x6"\n}\n'})
    expect(configOf(json)['card-size']).toEqual({value: 'index-4x6', from: 'studypack.config.json:2:3'})
  })

  it('a bad value or an unknown key is a usage error at its line, wherever it was set', () => {
    const file = folder({'guide.md': GUIDE, 'studypack.config.yaml': 'paper: letter\npages: 0\n'})
    expect(run(['build', '--only', 'anki'], {cwd: file}).stderr).toBe(
      `studypack: studypack.config.yaml:2:1: pages takes a whole number of pages, 1 or more (got 0)\n${HINT}\n`,
    )
    const unknown = folder({'guide.md': GUIDE, 'studypack.config.yaml': 'papr: letter\n'})
    const result = run(['build'], {cwd: unknown})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`studypack: studypack.config.yaml:1:1: unknown option "papr"\n${HINT}\n`)
    const env = run(['build', '-r', 'mle'], {env: {STUDYPACK_PAPER: 'a3'}})
    expect(env.code).toBe(2)
    expect(env.stderr).toBe(`studypack: STUDYPACK_PAPER must be one of a4, letter (got "a3")\n${HINT}\n`)
    const front = folder({'guide.md': `---\ntitle: T\nduplex: sideways\n---\n${GUIDE}`})
    const bad = run(['build', '--only', 'anki', '-q'], {cwd: front})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      `studypack: guide.md:3:1: duplex must be one of long, short, none (got "sideways")\n${HINT}\n`,
    )
  })

  it('front matter keys that are not studypack options belong to other tools and are left alone', () => {
    const dir = folder({'guide.md': `---\nlayout: post\ntags: [ml]\n---\n${GUIDE}`})
    const result = run(['build', '--only', 'anki', '-q'], {cwd: dir})
    expect(result.code, result.stderr).toBe(0)
  })
})
