/** The cheat sheet's view: what goes on the sheet, before any layout. */
import {describe, expect, it} from 'vitest'
import {indexGlossary, parseGlossary} from '../../../../src/model/glossary/index.js'
import {selectGuide} from '../../../../src/select/sections.js'
import {cheatsheetView, pageBox, splitFormula, type CheatsheetView} from '../../../../src/documents/cheatsheet/view.js'
import type {PackMeta} from '../../../../src/documents/guide/view.js'
import {bundledStudy, CONTENT, guideOf} from '../../../helpers/guide.js'

const meta = (role: PackMeta['role']): PackMeta => ({
  role,
  domains: [],
  allDomains: true,
  date: '1 May 2025',
  source: 'guide.md',
  paper: 'a4',
})
const html = {baseDir: CONTENT}
const terms = (view: CheatsheetView) =>
  view.groups.flatMap((group) => group.blocks.flatMap((block) => block.lists.flatMap((list) => list.terms)))

describe('splitFormula', () => {
  it('cuts at top-level \\qquad only, dropping the separating commas', () => {
    expect(splitFormula('a = b, \\qquad c = d')).toEqual(['a = b', 'c = d'])
    expect(splitFormula('\\text{x \\qquad y} = 1')).toEqual(['\\text{x \\qquad y} = 1'])
    expect(splitFormula('\\qquadx')).toEqual(['\\qquadx'])
  })
})

describe('pageBox', () => {
  it('turns the paper for landscape and sets fewer columns in portrait', () => {
    expect(pageBox('a4', 'landscape')).toMatchObject({width: 297, height: 210, columns: 4})
    expect(pageBox('letter', 'portrait')).toMatchObject({width: 215.9, height: 279.4, columns: 3})
  })
})

describe('cheatsheetView on the bundled guide', async () => {
  const study = await bundledStudy()
  const pm = study.content.manifest.roles['product-manager']!
  const selected = selectGuide(study.guide, study.tags, {role: 'product-manager', domains: []})
  const view = cheatsheetView(
    selected,
    study.glossary,
    meta({id: 'product-manager', name: pm.name, description: pm.description}),
    {orientation: 'landscape', html},
  )

  it('groups blocks by top-level section, in the order of the guide', () => {
    expect(view.groups.map((group) => group.title)).toEqual([
      'Interview Process Overview',
      'Technical Interview Preparation',
      'System Design Interview',
      'Behavioral Interview Preparation',
    ])
  })

  it('has the interview stages and the STAR method as numbered lists', () => {
    const blocks = view.groups.flatMap((group) => group.blocks)
    const star = blocks.find((block) => block.title === 'STAR Method')!
    expect(star.lists[0]!.ordered).toBe(true)
    expect(star.lists[0]!.terms.map((term) => term.name)).toEqual(['Situation', 'Task', 'Action', 'Result'])
    expect(blocks.find((block) => block.title === 'Typical Interview Stages')!.lists[0]!.terms).toHaveLength(6)
  })

  it('heads the sheet with the role and its focus, not with a list of every role', () => {
    expect(view.focus).toEqual([{name: 'AI Product Manager', text: 'Technical understanding, business acumen'}])
    expect(terms(view).map((term) => term.name)).not.toContain('ML Engineer')
  })

  it('gives every term its glossary definition, and formulas as KaTeX HTML', () => {
    expect(terms(view).every((term) => term.defined && term.definitionHtml.length > 0)).toBe(true)
    const f1 = terms(view).find((term) => term.name === 'Accuracy, Precision, Recall, F1-score')!
    expect(f1.definitionHtml).toContain('harmonic mean of precision and recall')
    expect(f1.formulas).toHaveLength(4)
    expect(f1.formulas[0]).toContain('katex-display')
  })

  it('leaves out the sections of other roles', () => {
    expect(terms(view).map((term) => term.name)).not.toContain('Convolutional Neural Networks (CNNs)')
  })
})

describe('cheatsheetView on a guide without glossary entries', () => {
  const guide = guideOf(
    '# G\n\n## Scaling\n\n**Key Concepts:**\n- **Sharding**: split data across nodes\n- Quantum Annealing\n',
  )
  const view = cheatsheetView(guide, indexGlossary(parseGlossary('# Glossary\n')), meta(null), {
    orientation: 'portrait',
    html,
  })

  it("lists every term, with the guide's own detail when there is one", () => {
    const [sharding, quantum] = terms(view)
    expect(sharding).toMatchObject({name: 'Sharding', definitionHtml: 'split data across nodes', defined: true})
    expect(quantum).toMatchObject({name: 'Quantum Annealing', definitionHtml: '', defined: false})
  })
})
