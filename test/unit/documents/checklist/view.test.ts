/** The day-of checklist's view: which sections feed it, and what gives way first. */
import {describe, expect, it} from 'vitest'
import {parseManifest} from '../../../../src/config/manifest/load.js'
import {selectGuide} from '../../../../src/select/sections.js'
import {
  checklistView,
  defaultRules,
  dropOrder,
  groupTitle,
  manifestRules,
  withoutGroups,
} from '../../../../src/documents/checklist/view.js'
import type {PackMeta} from '../../../../src/documents/guide/view.js'
import {bundledStudy, CONTENT, guideOf} from '../../../helpers/guide.js'

const meta: PackMeta = {
  role: {id: 'data-scientist', name: 'Data Scientist'},
  domains: [],
  allDomains: true,
  date: '1 May 2025',
  source: 'guide.md',
  paper: 'a4',
}
const html = {baseDir: CONTENT}

describe('checklist sections found by heading (no manifest list)', async () => {
  const study = await bundledStudy()
  const view = checklistView(study.guide, defaultRules(), meta, {html, company: 'Acme'})

  it('takes day-of tips, mistakes, questions to ask and follow-up, in that order', () => {
    expect(view.blocks.map((block) => block.title)).toEqual([
      'Day-of Interview Tips',
      'Common Mistakes to Avoid',
      'Questions to Ask',
      'Follow-up',
    ])
    expect(view.blocks[0]!.groups.map((group) => group.title)).toEqual(['Technical Interview', 'Behavioral Interview'])
    expect(view.blocks[1]!.groups.map((group) => group.title)).toEqual([
      'Technical Mistakes',
      'Communication Mistakes',
      'Preparation Mistakes',
    ])
    expect(view.blocks[2]!.groups[0]!.items[0]!.text).toBe('What does the typical day look like for this role?')
  })

  it('fills in the blanks it was given', () => {
    expect(view.fields).toEqual({company: 'Acme', role: 'Data Scientist', date: ''})
  })

  it('drops follow-up first, then the mistakes from the last group up, the day-of tips last', () => {
    const order = dropOrder(view).map((id) => groupTitle(view, id))
    expect(order.slice(0, 3)).toEqual([
      'Follow-up',
      'Common Mistakes to Avoid › Preparation Mistakes',
      'Common Mistakes to Avoid › Communication Mistakes',
    ])
    expect(order.at(-1)).toBe('Day-of Interview Tips › Technical Interview')
    const fewer = withoutGroups(view, dropOrder(view).slice(0, 1))
    expect(fewer.blocks.map((block) => block.title)).not.toContain('Follow-up')
  })
})

describe('checklist sections from the manifest', () => {
  it("uses the bundled manifest's list, titles and priorities", async () => {
    const study = await bundledStudy()
    const entries = study.content.manifest.checklist!
    const view = checklistView(
      selectGuide(study.guide, study.tags, {role: 'product-manager', domains: []}),
      manifestRules(entries),
      meta,
      {html},
    )
    expect(view.blocks.map((block) => block.title)).toEqual([
      'On the day',
      'Mistakes to avoid',
      'Questions to ask them',
      'Afterwards',
    ])
    expect(groupTitle(view, dropOrder(view)[0]!)).toBe('Afterwards')
  })

  it('names sections by slug too, and defaults priorities to list order', () => {
    const guide = guideOf('# G\n\n## Before\n- Sleep\n\n## During\n- Breathe\n')
    const view = checklistView(guide, manifestRules([{section: 'during'}, {section: '#before'}]), meta, {html})
    expect(view.blocks.map((block) => block.title)).toEqual(['During', 'Before'])
    expect(dropOrder(view).map((id) => groupTitle(view, id))).toEqual(['Before', 'During'])
  })

  it('validates the manifest key', () => {
    const base = 'roles:\n  r:\n    name: R\n'
    expect(
      parseManifest(`${base}checklist:\n  - {section: A > B, title: Ask, priority: 2}\n`, 'm.yaml').checklist,
    ).toEqual([{section: 'A > B', title: 'Ask', priority: 2}])
    expect(() => parseManifest(`${base}checklist:\n  - {section: A, priority: 0}\n`, 'm.yaml')).toThrow(
      /checklist\[0\]\.priority/,
    )
    expect(() => parseManifest(`${base}checklist:\n  - {heading: A}\n`, 'm.yaml')).toThrow(/unknown key "heading"/)
  })
})
