import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {draftManifest} from '../../../src/select/propose/draft.js'
import {parseManifest} from '../../../src/config/manifest/load.js'
import {proposeManifest} from '../../../src/select/propose/propose.js'
import {PROJECT_ROOT} from '../../../src/core/paths.js'
import {indexTags, selectGuide} from '../../../src/select/sections.js'
import {allSections} from '../../../src/model/walk.js'
import {guideOf} from '../../helpers/guide.js'

const fixture = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/init/guide.md'), 'utf8')
const byReference = (proposal: ReturnType<typeof proposeManifest>, reference: string) =>
  proposal.sections.find((section) => section.reference === reference)

describe('proposeManifest', () => {
  const guide = guideOf(fixture)
  const proposal = proposeManifest(guide)

  it('lists every section by heading path, in guide order', () => {
    expect(proposal.sections.map((section) => section.reference)).toEqual(
      allSections(guide).map((section) => section.path.join(' > ')),
    )
  })

  it('tags sections whose headings name a role or a domain, and says why', () => {
    expect(byReference(proposal, 'For ML Engineers')).toMatchObject({
      roles: ['ml-engineer'],
      reason: expect.stringContaining('"ML Engineer"'),
    })
    expect(byReference(proposal, 'For Product Managers')?.roles).toEqual(['product-manager'])
    expect(byReference(proposal, 'Computer Vision')).toMatchObject({domains: ['cv']})
    // Sub-sections inherit: they are not tagged again.
    expect(byReference(proposal, 'For ML Engineers > Key Questions')?.reason).toBeUndefined()
  })

  it("tags a section by the terms of a role's focus, naming the terms", () => {
    const section = byReference(proposal, 'Experiments and Statistics')
    expect(section?.roles).toEqual(['data-scientist'])
    expect(section?.reason).toMatch(/"hypothesis".*"p-value"/)
  })

  it('leaves general sections common and proposes the known roles and the named domains', () => {
    expect(byReference(proposal, 'Foundations')?.reason).toBeUndefined()
    expect(byReference(proposal, 'Behavioral')?.reason).toBeUndefined()
    expect(proposal.roles.map((role) => role.id)).toEqual([
      'ml-engineer',
      'data-scientist',
      'research-scientist',
      'product-manager',
    ])
    expect(proposal.domains.map((domain) => domain.id)).toEqual(['cv'])
  })

  it('does not read a domain into a question heading that only mentions it', () => {
    const proposal = proposeManifest(
      guideOf('# G\n\n## Why do CNNs work well on images and vision tasks?\n\nBecause.\n'),
    )
    expect(proposal.sections[1]?.domains).toBeUndefined()
  })

  it('takes roles a guide names that studypack does not know, when it names two or more', () => {
    const roles = proposeManifest(
      guideOf(
        '# Web\n\n## Frontend Developers\n\nCSS.\n\n## Questions for Backend Developers\n\nQueues.\n\n## Shared\n\nGit.\n',
      ),
    ).roles
    expect(roles.map((role) => [role.id, role.name])).toEqual([
      ['frontend-developer', 'Frontend Developer'],
      ['backend-developer', 'Backend Developer'],
    ])
    const one = proposeManifest(guideOf('# Web\n\n## Professional Developers\n\nText.\n\n## Other\n\nMore.\n'))
    expect(one.roles.map((role) => role.id)).toContain('ml-engineer')
  })

  it('refers to a section by slug when its heading path is not unique', () => {
    const proposal = proposeManifest(guideOf('# G\n\n## For ML Engineers\n\nA.\n\n## For ML Engineers\n\nB.\n'))
    expect(proposal.sections.filter((section) => section.reference.startsWith('#'))).toHaveLength(2)
  })
})

describe('draftManifest', () => {
  const guide = guideOf(fixture)
  const text = draftManifest(proposeManifest(guide), {guide: ['guide.md'], source: 'guide.md'})

  it('writes a manifest the schema accepts, whose tags give each role a different pack', () => {
    const manifest = parseManifest(text, 'studypack.yaml')
    expect(manifest.guide).toBe('guide.md')
    const tags = indexTags(guide, manifest)
    expect(tags.unmatched).toEqual([])
    const titles = (role: string) =>
      selectGuide(guide, tags, {role, domains: null}).sections.map((section) => section.title)
    expect(titles('ml-engineer')).toContain('For ML Engineers')
    expect(titles('ml-engineer')).not.toContain('For Product Managers')
    expect(titles('product-manager')).toContain('For Product Managers')
    expect(titles('data-scientist')).toContain('Experiments and Statistics')
    expect(titles('ml-engineer')).not.toContain('Experiments and Statistics')
  })

  it('marks every proposal as a suggestion and lists the common sections as comments', () => {
    const lines = text.split('\n')
    for (const [index, line] of lines.entries()) {
      if (/^ {2}(?:[a-z-]+:|".*": \{)/.test(line)) expect(lines[index - 1]).toMatch(/# .*suggested/)
    }
    expect(text).toMatch(/# +Foundations +\(line \d+: common to every role and domain\)/)
    expect(text).toMatch(/# +Behavioral > Key Questions/)
  })
})
