import {describe, expect, it} from 'vitest'
import {deckOf} from '../../../../src/documents/cards/deck.js'
import {focusOf, materialOf} from '../../../../src/documents/plan/material.js'
import {metaOf} from '../../../../src/run/build.js'
import {allSections, selectGuide} from '../../../../src/select/sections.js'
import {bundledStudy} from '../../../helpers/guide.js'

const study = await bundledStudy()

function materialFor(role: string) {
  const pack = {role, domains: null, folder: role}
  const selected = selectGuide(study.guide, study.tags, pack)
  const deck = deckOf(selected, study.tags.effective, metaOf(study, pack, 'a4'))
  const pages = new Map(allSections(selected).map((section, index) => [section.slug, index + 3]))
  return {
    selected,
    deck,
    material: materialOf(selected, study.tags.effective, focusOf(study.content.manifest, role), deck, pages),
  }
}

describe('plan material', () => {
  it('reads every section with text of its own, once, in guide order, with its page', () => {
    const {selected, material} = materialFor('ml-engineer')
    const withText = allSections(selected).filter((section) => section.body.length > 0)
    expect(material.sections.map((section) => section.slug)).toEqual(withText.map((section) => section.slug))
    expect(material.sections.every((section) => section.words > 0 && section.page !== null)).toBe(true)
    expect(material.sections.find((section) => section.title === 'Supervised Learning')?.parent).toBe(
      'Technical Interview Preparation',
    )
  })

  it('numbers the cards as the deck does, each in a section that is read', () => {
    const {deck, material} = materialFor('data-scientist')
    expect(material.cards.map((card) => card.number)).toEqual(deck.cards.map((_, index) => index + 1))
    const read = new Set(material.sections.map((section) => section.slug))
    expect(material.cards.every((card) => read.has(card.section))).toBe(true)
  })

  it("takes the role's focus from its own tags and from what its description says it is judged on", () => {
    const focus = (role: string) =>
      materialFor(role)
        .material.sections.filter((section) => section.focus)
        .map((section) => section.title)
    // Coding and system design are the ML engineer's; a section most roles share is not a focus.
    expect(focus('ml-engineer')).toEqual(
      expect.arrayContaining(['Coding Preparation', 'Scalability Considerations', 'ML System Architecture']),
    )
    expect(focus('ml-engineer')).not.toContain('Supervised Learning')
    expect(focus('ml-engineer')).not.toContain('Unsupervised Learning')
    expect(focus('product-manager')).toEqual(['ML System Architecture'])
    expect(focus('data-scientist')).toEqual(['SQL and Data Manipulation', 'MLOps Concepts'])
  })
})
