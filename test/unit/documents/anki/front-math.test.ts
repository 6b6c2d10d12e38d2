/** Formulas of a question put back between \( \) for the Anki front, found through the guide's own nodes. */
import {describe, expect, it} from 'vitest'
import {questionWithMath} from '../../../../src/documents/anki/front-math.js'
import type {Guide, Question} from '../../../../src/model/types.js'
import {guideOf} from '../../../helpers/guide.js'

function questions(guide: Guide): Question[] {
  const all: Question[] = []
  const walk = (sections: Guide['sections']) =>
    sections.forEach((section) => (all.push(...section.questions), walk(section.children)))
  walk(guide.sections)
  return all
}

describe('questions with their math', () => {
  const guide = guideOf(
    [
      '# G',
      '',
      '## Questions',
      '',
      '**Key Questions:**',
      '- Explain why $x$ and $e^{x}$ differ near $x = 0$?',
      '- What is a $k$-d tree?',
      '  - It splits on one axis per level, so $x$ here is the answer, not the question.',
      '- Why is there no math here?',
      '',
      '### Q9: Is $O(n \\log n)$ the bound for comparison sorting?',
      '',
      'Yes.',
    ].join('\n'),
  )
  const all = questions(guide)
  const front = (start: string) => questionWithMath(all.find((question) => question.text.startsWith(start))!, guide)

  it('wraps each formula where it stands, never a letter inside a word', () => {
    expect(front('Explain')).toBe('Explain why \\(x\\) and \\(e^{x}\\) differ near \\(x = 0\\)?')
    expect(front('What is a')).toBe('What is a \\(k\\)-d tree?')
    expect(front('Is O')).toBe('Is \\(O(n \\log n)\\) the bound for comparison sorting?')
  })

  it('leaves a question without math as the model has it', () => {
    expect(front('Why is there')).toBe('Why is there no math here?')
  })
})
