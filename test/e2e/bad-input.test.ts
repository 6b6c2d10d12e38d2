/**
 * The bad-input catalogue: each case gets one clear line and the right exit
 * code (2 usage, 1 failure), loses nothing, and shows no stack trace.
 */
import {mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'

const temp = (name = 'bad') => mkdtempSync(path.join(os.tmpdir(), `studypack-${name}-`))
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m)

function guideFolder(files: Record<string, string | Uint8Array>): string {
  const dir = temp('content')
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data)
  return dir
}

describe('bad input', () => {
  it('an empty guide', async () => {
    const dir = guideFolder({'guide.md': '  \n'})
    const result = await studypack(['list', '--content', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/guide\.md: the guide is empty\n$/)
    noStack(result.stderr)
  })

  it('a binary file', async () => {
    const dir = guideFolder({'guide.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])})
    const result = await studypack(['list', '--content', path.join(dir, 'guide.md')])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('studypack: guide.md: this is a binary file, not markdown\n')
  })

  it('a folder with no markdown', async () => {
    const dir = guideFolder({'notes.txt': 'hello'})
    const result = await studypack(['list', '--content', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('no markdown files (.md) in this folder')
  })

  it('invalid UTF-8 is decoded with replacement and the first bad byte is reported', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('# Guide\n## Key Questions\n- Caf'),
      0xe9,
      ...new TextEncoder().encode(' or tea?\n'),
    ])
    const dir = guideFolder({'guide.md': bytes})
    const result = await studypack(['list', '--json', '--content', dir])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('warning: guide.md: invalid UTF-8 at byte 30; bad bytes are shown as \uFFFD')
    expect(JSON.parse(result.stdout).sections[0].questions).toBe(1)
  })

  it('a manifest tag or checklist entry naming a section that does not exist is an error at its line', async () => {
    const dir = guideFolder({
      'guide.md': '# G\n## Real Section\n',
      'studypack.yaml':
        'roles:\n  mle:\n    name: ML Engineer\nsections:\n  Imaginary Section:\n    roles: [mle]\nchecklist:\n  - section: Real Section\n  - section: Nowhere\n',
    })
    for (const args of [['list'], ['build', '-r', 'mle', '--only', 'anki', '--out', temp('out')]]) {
      const result = await studypack([...args, '--content', dir])
      expect(result.code).toBe(1)
      const [first, second, rest] = result.stderr.split('\n')
      expect(first).toMatch(
        /^studypack: \S*studypack\.yaml:5:3: sections: "Imaginary Section" names no section of the guide$/,
      )
      expect(second).toMatch(/^\S*studypack\.yaml:9:5: checklist: "Nowhere" names no section of the guide$/)
      expect(rest).toBe('')
    }
  })

  it('a glossary or answer key the manifest names must exist, and is read with the same checks as the guide', async () => {
    const roles = 'roles:\n  mle:\n    name: ML Engineer\n'
    const missing = guideFolder({'guide.md': '# G\n## A\n', 'studypack.yaml': `${roles}glossary: terms.md\n`})
    const result = await studypack(['build', '-r', 'mle', '--content', missing, '--out', temp('out')])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^studypack: \S*studypack\.yaml:4:1: glossary: "terms\.md": no such file beside the guide\n$/,
    )
    const noKey = guideFolder({'guide.md': '# G\n## A\n', 'studypack.yaml': `${roles}answers: key.md\n`})
    expect((await studypack(['list', '--content', noKey])).stderr).toMatch(
      /^studypack: \S*studypack\.yaml:4:1: answers: "key\.md": no such file beside the guide\n$/,
    )
    const binary = guideFolder({'guide.md': '# G\n## A\n', 'glossary.md': new Uint8Array([0x89, 0x50, 0, 1])})
    const read = await studypack(['list', '--content', binary])
    expect(read.code).toBe(1)
    expect(read.stderr).toBe('studypack: glossary.md: this is a binary file, not markdown\n')
  })

  it('a role whose selection is empty prints nothing', async () => {
    const dir = guideFolder({
      'guide.md': '# G\n## Only For Others\ntext\n',
      'studypack.yaml':
        'roles:\n  mle:\n    name: ML Engineer\n  pm:\n    name: PM\nsections:\n  Only For Others:\n    roles: [mle]\n',
    })
    const out = temp('out')
    const result = await studypack(['build', '-r', 'pm', '--content', dir, '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'nothing to print for pm: every section of the guide is tagged for other roles or domains',
    )
    expect(readdirSync(out)).toEqual([])
  })

  it('an output folder that cannot be written, before any work', async () => {
    const file = path.join(temp('file'), 'a-file')
    writeFileSync(file, 'x')
    const result = await studypack(['build', '-r', 'ds', '--out', path.join(file, 'out')])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `studypack: cannot write to the output folder ${path.join(file, 'out')}: a part of the path is a file, not a folder\n`,
    )
  })

  it('shows the stack of the cause only with --debug', async () => {
    const file = path.join(temp('file'), 'a-file')
    writeFileSync(file, 'x')
    const result = await studypack(['build', '-r', 'ds', '--out', path.join(file, 'out'), '--debug'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/ENOTDIR[\s\S]*\n\s+at /)
  })

  it('bad option values are usage errors', async () => {
    for (const args of [
      ['--paper', 'a3'],
      ['--concurrency', '0'],
      ['--timeout', '-1'],
      ['--only', 'poster'],
    ]) {
      const result = await studypack(['build', '-r', 'ds', ...args])
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toContain('Run "studypack --help" for usage.')
    }
  })

  it('headings with no content, duplicate headings and CRLF line endings all read', async () => {
    const dir = guideFolder({
      'guide.md': '# G\r\n## Empty\r\n## Twice\r\n- a\r\n## Twice\r\n### Key Questions\r\n- Why CRLF?\r\n',
    })
    mkdirSync(path.join(dir, 'sub'))
    const result = await studypack(['list', '--json', '--content', dir])
    expect(result.code).toBe(0)
    const data = JSON.parse(result.stdout)
    expect(data.sections.map((section: {slug: string}) => section.slug)).toEqual([
      'empty',
      'twice',
      'twice-1',
      'key-questions',
    ])
    expect(data.sections[3].questions).toBe(1)
  })
})
