import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'
import {studypack} from '../helpers/cli.js'

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/init/guide.md')

function guideFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'studypack-init-'))
  copyFileSync(FIXTURE, path.join(folder, 'guide.md'))
  return folder
}

const questionsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    // Columns: GUID, Deck, Front, … (the file's #columns header).
    .map((line) => line.split('\t')[2])

describe('studypack init', () => {
  it('writes a manifest for a guide without one; build then gives each role its own pack', async () => {
    const folder = guideFolder()
    const init = await studypack(['init', 'guide.md'], {cwd: folder})
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(init.stdout).toMatch(/^wrote studypack\.yaml\n4 roles, 1 domain, 4 of 12 sections tagged/)
    expect(init.stdout).toContain('Then: studypack build guide.md -r ml-engineer')
    const text = readFileSync(path.join(folder, 'studypack.yaml'), 'utf8')
    expect(text).toContain('"For ML Engineers": {roles: [ml-engineer]}')
    const out = path.join(folder, 'out')
    for (const role of ['ml-engineer', 'product-manager']) {
      const build = await studypack(['build', 'guide.md', '-r', role, '--only', 'anki', '-o', out], {
        cwd: folder,
      })
      expect(build.stderr).not.toContain('no studypack.yaml')
      expect(build.code).toBe(0)
    }
    const engineer = questionsOf(path.join(out, 'ml-engineer', 'cards.anki.txt'))
    const manager = questionsOf(path.join(out, 'product-manager', 'cards.anki.txt'))
    expect(engineer.join('\n')).toContain('latency of a model')
    expect(engineer.join('\n')).not.toContain('roadmap')
    expect(manager.join('\n')).toContain('roadmap')
    expect(manager.join('\n')).not.toContain('latency of a model')
    // Both keep the common sections.
    for (const deck of [engineer, manager]) expect(deck.join('\n')).toContain('bias of an estimator')
  })

  it('never overwrites an existing manifest: exit 1 with a clear line, the file untouched', async () => {
    const folder = guideFolder()
    writeFileSync(path.join(folder, 'studypack.yaml'), '# mine\n')
    const result = await studypack(['init'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'studypack: studypack.yaml already exists; not overwritten (edit it, or remove it to propose a new one)\n',
    )
    expect(readFileSync(path.join(folder, 'studypack.yaml'), 'utf8')).toBe('# mine\n')
  })

  it('exits 1 for a guide that does not exist', async () => {
    const result = await studypack(['init', 'missing.md'], {cwd: guideFolder()})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('studypack: missing.md: no such file or folder\n')
  })
})
