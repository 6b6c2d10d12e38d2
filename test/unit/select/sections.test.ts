import {describe, expect, it} from 'vitest'
import {UsageError} from '../../../src/core/errors.js'
import {allPacks, packFolder, resolveDomains, resolvePack} from '../../../src/select/packs.js'
import {resolveId} from '../../../src/select/resolve.js'
import {allSections, selectGuide} from '../../../src/select/sections.js'
import {bundledStudy, studyOfText} from '../../helpers/guide.js'

const study = await bundledStudy()
const {manifest} = study.content
const titles = (role: string | null, domains: string[] | null = null) =>
  allSections(selectGuide(study.guide, study.tags, {role, domains})).map((section) => section.title)

describe('selection by role', () => {
  it('matches every manifest key to a section', () => {
    expect(study.tags.unmatched).toEqual([])
    expect(study.tags.tags.size).toBe(11)
  })

  it('keeps common sections for every role', () => {
    for (const role of Object.keys(manifest.roles)) {
      expect(titles(role)).toEqual(
        expect.arrayContaining([
          'Supervised Learning',
          'Model Evaluation',
          'STAR Method',
          'Questions to Ask',
          'Salary Negotiation',
        ]),
      )
    }
  })

  it('gives the four roles visibly different guides', () => {
    const sets = Object.keys(manifest.roles).map((role) => titles(role).join('|'))
    expect(new Set(sets).size).toBe(4)
    expect(titles('ml-engineer')).toContain('Scalability Considerations')
    expect(titles('data-scientist')).not.toContain('Scalability Considerations')
    expect(titles('data-scientist')).toContain('SQL and Data Manipulation')
    expect(titles('research-scientist')).not.toContain('SQL and Data Manipulation')
    expect(titles('research-scientist')).not.toContain('System Design Interview')
    expect(titles('product-manager')).not.toContain('Coding Preparation')
    expect(titles('product-manager')).not.toContain('Deep Learning Concepts')
    expect(titles('product-manager')).toContain('ML System Architecture')
  })

  it('drops a parent whose sub-sections were all dropped', () => {
    expect(titles('product-manager')).not.toContain('Programming and Algorithms')
  })
})

describe('selection by domain', () => {
  it('keeps every domain when none is named', () => {
    expect(titles('ml-engineer')).toEqual(
      expect.arrayContaining(['Computer Vision', 'Natural Language Processing', 'Time Series Analysis']),
    )
  })

  it('keeps only the named domains', () => {
    const kept = titles('ml-engineer', ['nlp'])
    expect(kept).toContain('Natural Language Processing')
    expect(kept).not.toContain('Computer Vision')
    expect(kept).not.toContain('Time Series Analysis')
  })

  it('drops every domain section, and the empty parent, for --domain none', () => {
    const kept = titles('ml-engineer', [])
    expect(kept).not.toContain('Computer Vision')
    expect(kept).not.toContain('Domain-Specific Preparation')
    expect(kept).toContain('Supervised Learning')
  })

  it('keeps everything for a guide without manifest tags', () => {
    const text = studyOfText('## A\n### B\n## C\n')
    expect(allSections(selectGuide(text.guide, text.tags, {role: null, domains: []}))).toHaveLength(3)
  })

  it('refuses a tag that names no section, at its line', () => {
    expect(() => studyOfText('## A\n', {...manifest, sections: {'Nowhere > Else': {roles: ['ml-engineer']}}})).toThrow(
      'studypack.yaml:1:1: sections: "Nowhere > Else" names no section of the guide',
    )
  })

  it('matches a tag by slug as well as by heading path', () => {
    const text = studyOfText('## Alpha Beta\n## Gamma\n', {
      ...manifest,
      checklist: undefined,
      sections: {'alpha-beta': {roles: ['data-scientist']}},
    })
    expect(
      allSections(selectGuide(text.guide, text.tags, {role: 'ml-engineer', domains: null})).map((s) => s.title),
    ).toEqual(['Gamma'])
  })
})

describe('ids, names and aliases', () => {
  it.each([
    ['ml-engineer', 'ml-engineer'],
    ['mle', 'ml-engineer'],
    ['ML Engineer', 'ml-engineer'],
    ['ds', 'data-scientist'],
    ['pm', 'product-manager'],
    ['AI Product Manager', 'product-manager'],
  ])('role %s → %s', (input, id) => {
    expect(resolveId('role', input, manifest.roles)).toBe(id)
  })

  it('rejects an unknown role, listing the valid ones and the nearest', () => {
    expect(() => resolveId('role', 'ml-enginer', manifest.roles)).toThrow(UsageError)
    expect(() => resolveId('role', 'ml-enginer', manifest.roles)).toThrow(
      /unknown role "ml-enginer"\. Did you mean "ml-engineer"\?\nValid roles:\n {2}ml-engineer .*\n {2}data-scientist/,
    )
    expect(() => resolveId('role', 'astronaut', manifest.roles)).toThrow(/^unknown role "astronaut"\.\nValid roles:/)
  })

  it('resolves domains: aliases, comma lists, none', () => {
    expect(resolveDomains(['computer-vision', 'nlp'], manifest)).toEqual(['cv', 'nlp'])
    expect(resolveDomains(['nlp,cv'], manifest)).toEqual(['cv', 'nlp'])
    expect(resolveDomains(['none'], manifest)).toEqual([])
    expect(resolveDomains(undefined, manifest)).toBeNull()
    expect(() => resolveDomains(['none', 'cv'], manifest)).toThrow(UsageError)
    expect(() => resolveDomains(['vison'], manifest)).toThrow(/Did you mean "cv"/)
  })

  it('names pack folders by role and sorted domains', () => {
    expect(packFolder({role: 'ml-engineer', domains: null})).toBe('ml-engineer')
    expect(packFolder({role: 'ml-engineer', domains: ['nlp', 'cv']})).toBe('ml-engineer-cv-nlp')
    expect(packFolder({role: 'data-scientist', domains: []})).toBe('data-scientist-none')
    expect(packFolder({role: null, domains: null})).toBe('all')
  })

  it('needs --role when there is a manifest, and not without one', () => {
    expect(() => resolvePack(undefined, undefined, manifest, true)).toThrow(
      /--role is required\. Valid roles: ml-engineer \(ML Engineer\)/,
    )
    expect(resolvePack(undefined, undefined, manifest, false)).toEqual({role: null, domains: null, folder: 'all'})
  })

  it('lists 16 packs for --all', () => {
    expect(allPacks(manifest).map((pack) => pack.folder)).toHaveLength(16)
  })
})
