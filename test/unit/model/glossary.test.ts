/** The glossary: its entries read from markdown, matched to topic-list items, and what it is missing. */
import {describe, expect, it} from 'vitest'
import {glossaryReport, indexGlossary, normalizeTerm, parseGlossary} from '../../../src/model/glossary/index.js'
import type {Study} from '../../../src/select/study.js'
import {bundledStudy, studyOfText} from '../../helpers/guide.js'

const GLOSSARY = `# Glossary

Intro text, not an entry.

## Gradient Boosting (XGBoost, LightGBM)
Also: GBM; GBDT

Adds shallow trees one at a time, each fitted to the residuals.

$$F_m(x) = F_{m-1}(x) + \\eta h_m(x)$$

## Data Pipeline

Moves data from sources into features.

$$a = b, \\qquad c = d$$
`

describe('parseGlossary', () => {
  const entries = parseGlossary(GLOSSARY)

  it('reads one entry per heading below the title, with aliases, definition and formulas', () => {
    expect(entries.map((entry) => entry.term)).toEqual(['Gradient Boosting (XGBoost, LightGBM)', 'Data Pipeline'])
    const [boosting] = entries
    expect(boosting!.aliases).toEqual(['GBM', 'GBDT'])
    expect(boosting!.definition).toHaveLength(1)
    expect(boosting!.formulas.map((formula) => formula.value)).toEqual(['F_m(x) = F_{m-1}(x) + \\eta h_m(x)'])
  })

  it('makes a paragraph of nothing but $$…$$ a display formula', () => {
    const formula = entries[1]!.formulas[0]!
    expect(formula.type).toBe('math')
    expect(formula.data?.hChildren?.[0]).toMatchObject({
      tagName: 'code',
      properties: {className: ['language-math', 'math-display']},
    })
  })
})

describe('matching items to entries', () => {
  const glossary = indexGlossary(parseGlossary(GLOSSARY))
  const find = (text: string, term?: string) => glossary.lookup({text, term})?.term

  it('ignores case, punctuation and spacing', () => {
    expect(normalizeTerm('  Gradient-Boosting (XGBoost,  LightGBM) ')).toBe('gradient boosting xgboost lightgbm')
    expect(find('gradient boosting (xgboost, lightgbm)')).toBe('Gradient Boosting (XGBoost, LightGBM)')
  })

  it('finds an entry by alias, and by the item without its parenthetical or the entry without its own', () => {
    expect(find('GBDT')).toBe('Gradient Boosting (XGBoost, LightGBM)')
    expect(find('Gradient Boosting')).toBe('Gradient Boosting (XGBoost, LightGBM)')
    expect(find('Data Pipeline (batch and streaming)')).toBe('Data Pipeline')
  })

  it('matches a "**Term**: detail" item by its term', () => {
    expect(find('Data Pipeline: How to handle large volumes of data', 'Data Pipeline')).toBe('Data Pipeline')
  })

  it('finds nothing for an unknown term', () => {
    expect(find('Quantum Annealing')).toBeUndefined()
  })
})

describe('glossaryReport', () => {
  it('finds an entry for every topic-list term of the bundled guide, and no unused entry', async () => {
    const report = glossaryReport(await bundledStudy())
    expect(report.file).toBe('glossary.md')
    expect(report.terms).toBeGreaterThan(50)
    expect(report.missing).toEqual([])
    expect(report.unused).toEqual([])
  })

  it('reports the terms without an entry, with where they are', () => {
    const study: Study = studyOfText(
      '# Guide\n\n## Models\n\n**Important Algorithms:**\n- Random Forests\n- Quantum Annealing\n',
    )
    const report = glossaryReport(study)
    expect(report.file).toBeNull()
    expect(report.missing).toEqual([
      {term: 'Random Forests', section: 'Models', file: 'guide.md', line: 6},
      {term: 'Quantum Annealing', section: 'Models', file: 'guide.md', line: 7},
    ])
  })

  it('does not ask for entries for the role focus list: it names roles, not terms', () => {
    const study = studyOfText('# Guide\n\n## Role-Specific Focus Areas\n- **ML Engineer**: Coding\n')
    expect(glossaryReport(study).missing).toEqual([])
  })
})
