import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'studypack-cli-'))

describe('studypack CLI', () => {
  it('shows help for every command, with examples', async () => {
    const top = await studypack(['--help'])
    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/studypack build[\s\S]*studypack list[\s\S]*Examples:/)
    for (const command of ['build', 'list']) {
      const result = await studypack([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('--content')
    }
    expect((await studypack(['build', '--help'])).stdout).toMatch(/Examples:[\s\S]*build --role ml-engineer/)
  })

  it('exits 2 and lists the valid roles for an unknown role', async () => {
    const result = await studypack(['build', '--role', 'ml-enginer', '--out', temp()])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown role "ml-enginer". Did you mean "ml-engineer"?')
    expect(result.stderr).toMatch(/data-scientist\s+Data Scientist \(also: ds/)
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/)
  })

  it('exits 2 for an unknown domain, and for a missing --role', async () => {
    const domain = await studypack(['build', '-r', 'ds', '-d', 'biology', '--out', temp()])
    expect(domain.code).toBe(2)
    expect(domain.stderr).toMatch(/unknown domain "biology"[\s\S]*time-series/)
    const role = await studypack(['build', '--out', temp()])
    expect(role.code).toBe(2)
    expect(role.stderr).toContain('--role is required')
  })

  it('exits 2 for a paper size or command that does not exist', async () => {
    expect((await studypack(['build', '-r', 'ds', '--paper', 'a3'])).code).toBe(2)
    expect((await studypack(['biuld'])).code).toBe(2)
  })

  it('exits 1 with one line for a missing content path', async () => {
    const result = await studypack(['list', '--content', '/nonexistent/guide.md'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('studypack: /nonexistent/guide.md: no such file or folder\n')
  })

  it('reports a broken manifest at its line', async () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'guide.md'), '# G\n## A\n')
    writeFileSync(path.join(dir, 'studypack.yaml'), 'roles:\n  mle:\n    name: ML Engineer\n    colour: blue\n')
    const result = await studypack(['list', '--content', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('studypack.yaml:4:5: roles.mle: unknown key "colour"')
  })

  it('lists roles, domains and sections with counts, as JSON', async () => {
    const result = await studypack(['list', '--json'])
    expect(result.code).toBe(0)
    const data = JSON.parse(result.stdout)
    expect(data.roles.map((role: {id: string}) => role.id)).toEqual([
      'ml-engineer',
      'data-scientist',
      'research-scientist',
      'product-manager',
    ])
    const pm = data.roles.find((role: {id: string}) => role.id === 'product-manager')
    const mle = data.roles.find((role: {id: string}) => role.id === 'ml-engineer')
    expect(pm.questions).toBeLessThan(mle.questions)
    expect(data.sections.find((section: {title: string}) => section.title === 'Supervised Learning')).toMatchObject({
      questions: 3,
      topics: 5,
    })
  })

  it('lists another guide with no manifest, and says every section is common', async () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'notes.md'), '# Notes\n## Key Questions\n- Why?\n')
    const result = await studypack(['list', '--content', path.join(dir, 'notes.md')])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('no manifest: every section is common')
    expect(result.stdout).toContain('Key Questions  [1 q]')
  })
})

describe('studypack list: the glossary', () => {
  it('reports topic terms that have no glossary entry, with file and line', async () => {
    const dir = temp()
    writeFileSync(
      path.join(dir, 'guide.md'),
      '# G\n## Algorithms\n**Important Algorithms:**\n- K-means\n- Quantum Sort\n',
    )
    writeFileSync(path.join(dir, 'glossary.md'), '# Glossary\n## K-means\nClusters points around k centroids.\n')
    const result = await studypack(['list', '--content', dir])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'Glossary: glossary.md, 1 entries; 1 of 2 topic terms without an entry:\n  Quantum Sort  (guide.md:5, Algorithms)',
    )
    const json = JSON.parse((await studypack(['list', '--json', '--content', dir])).stdout)
    expect(json.glossary.missing).toEqual([{term: 'Quantum Sort', section: 'Algorithms', file: 'guide.md', line: 5}])
  })
})
