import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {StudypackError} from '../../../src/core/errors.js'
import {parseManifest} from '../../../src/config/manifest/load.js'
import {CONTENT} from '../../helpers/guide.js'

const base = `roles:\n  ml-engineer:\n    name: ML Engineer\n    aliases: [mle]\ndomains:\n  cv:\n    name: Computer Vision\n`

function errorOf(text: string): string {
  try {
    parseManifest(text, 'studypack.yaml')
  } catch (error) {
    expect(error).toBeInstanceOf(StudypackError)
    return (error as Error).message
  }
  throw new Error('expected the manifest to be refused')
}

describe('manifest', () => {
  it('loads the bundled manifest with the four roles and three domains', () => {
    const manifest = parseManifest(readFileSync(path.join(CONTENT, 'studypack.yaml'), 'utf8'), 'studypack.yaml')
    expect(Object.keys(manifest.roles)).toEqual([
      'ml-engineer',
      'data-scientist',
      'research-scientist',
      'product-manager',
    ])
    expect(Object.keys(manifest.domains)).toEqual(['cv', 'nlp', 'time-series'])
    expect(manifest.roles['product-manager']!.aliases).toContain('pm')
  })

  it('points a YAML syntax error at its line and column', () => {
    expect(errorOf(`${base}sections:\n  "Unclosed: {roles: [ml-engineer]}\n`)).toMatch(
      /^studypack\.yaml:\d+:\d+: YAML syntax error/,
    )
  })

  it('names an unknown key and where it is', () => {
    expect(errorOf(`${base}sectoins: {}\n`)).toContain('studypack.yaml:8:1: (top level): unknown key "sectoins"')
  })

  it('names a role a tag uses that the manifest does not declare', () => {
    const message = errorOf(`${base}sections:\n  A > B:\n    roles: [ml-engineer, dancer]\n`)
    expect(message).toContain(
      'studypack.yaml:10:26: sections.A > B.roles[1]: expected one of ml-engineer, got "dancer"',
    )
  })

  it('says what type was expected', () => {
    expect(errorOf(`roles:\n  ml-engineer:\n    name: 3\n`)).toMatch(
      /studypack\.yaml:3:11: roles\.ml-engineer\.name: .*expected string/,
    )
  })

  it('refuses bad ids', () => {
    expect(errorOf(`roles:\n  ML Engineer:\n    name: x\n`)).toMatch(
      /studypack\.yaml:2:3: roles\.ML Engineer: invalid name: expected an id of lower-case/,
    )
  })
})

describe('manifest paths', () => {
  it('keeps the files it names inside the content folder', () => {
    expect(errorOf(`${base}guide: ../../etc/passwd\n`)).toMatch(
      /studypack\.yaml:8:8: guide: .*a path inside the content folder/,
    )
    expect(errorOf(`${base}answers: /etc/passwd\n`)).toMatch(
      /studypack\.yaml:8:10: answers: a path inside the content folder/,
    )
    expect(errorOf(`${base}glossary: sub/../../x.md\n`)).toMatch(/glossary: a path inside the content folder/)
    expect(() =>
      parseManifest(`${base}guide: [a.md, chapters/b.md]\nanswers: keys/answers.md\n`, 'studypack.yaml'),
    ).not.toThrow()
  })
})
