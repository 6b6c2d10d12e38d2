/**
 * What a user gets from npm: pack the project as a clean clone would (no
 * dist/ until prepack builds it), install the tarball into a temp prefix, and
 * run the installed bin from an empty folder. One test: it takes a minute.
 */
import {execFile} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'

const run = promisify(execFile)
const SOURCES = [
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'LICENSE',
  'README.md',
  'src',
  'templates',
  'content',
]
const ENV = {...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_update_notifier: 'false'}

/** A copy of what a clone holds (not dist/), with the project's installed packages for prepack's compiler. */
function cleanCopy(root: string): string {
  const copy = path.join(root, 'clone')
  for (const name of SOURCES) cpSync(path.join(PROJECT_ROOT, name), path.join(copy, name), {recursive: true})
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir')
  return copy
}

const root = mkdtempSync(path.join(os.tmpdir(), 'studypack-package-'))
// The install is a quarter of a gigabyte: never leave it behind.
afterAll(() => rmSync(root, {recursive: true, force: true}))

it('packs, installs from the tarball, and runs from an empty folder', {timeout: 600_000}, async () => {
  const clone = cleanCopy(root)
  const dest = path.join(root, 'dest')
  mkdirSync(dest)
  const packed = await run('npm', ['pack', '--pack-destination', dest, '--json'], {cwd: clone, env: ENV})
  const [info] = JSON.parse(packed.stdout) as Array<{filename: string; files: Array<{path: string}>}>
  const files = info!.files.map((file) => file.path)
  expect(files).toContain('dist/cli/main.js')
  expect(files).toContain('LICENSE')
  expect(files).toContain('templates/base/base.css')
  expect(files).toContain('content/studypack.yaml')
  expect(files.filter((file) => /\.map$|^scripts\/|^src\/|^test\//.test(file))).toEqual([])

  const prefix = path.join(root, 'prefix')
  const tarball = path.join(dest, info!.filename)
  await run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], {
    cwd: root,
    env: ENV,
  })
  const bin = path.join(prefix, 'node_modules', '.bin', 'studypack')
  const empty = path.join(root, 'empty')
  mkdirSync(empty)
  const studypack = (args: string[]) => run(bin, args, {cwd: empty, env: ENV})

  const version = await studypack(['--version'])
  expect(version.stdout).toBe(`${JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n`)

  // The bundled guide, no browser needed: 16 packs of Anki decks.
  await studypack(['build', '--all', '--only', 'anki', '--quiet'])
  const packs = readdirSync(path.join(empty, 'out'))
  expect(packs).toHaveLength(16)
  for (const pack of packs) expect(readFileSync(path.join(empty, 'out', pack, 'cards.anki.txt'), 'utf8')).toMatch(/\t/)

  // A guide of the user's with an image beside it, printed and with its HTML twins.
  cpSync(
    path.join(PROJECT_ROOT, 'test/fixtures/guide-with-relative-images'),
    path.join(empty, 'guide-with-relative-images'),
    {recursive: true},
  )
  const built = await studypack(['build', '--content', 'guide-with-relative-images', '--html', '-o', 'pics'])
  expect(built.stderr).not.toMatch(/warning: .*image/i)
  const out = path.join(empty, 'pics', 'all')
  // The guide has no topic lists: no cheat sheet, and the build says so.
  expect(built.stderr).toContain('[cheatsheet-empty]')
  for (const name of ['guide.pdf', 'cards.pdf', 'checklist.pdf'])
    expect(readFileSync(path.join(out, name)).subarray(0, 5).toString()).toBe('%PDF-')
  const html = readFileSync(path.join(out, 'guide.html'), 'utf8')
  expect(html).toMatch(/<img[^>]+src="data:image\/png;base64,/)
  expect(html).toContain('alt="Blue and orange halves"')
  expect(html).not.toContain('file://')
  expect(existsSync(path.join(out, 'cards.html'))).toBe(true)
})
