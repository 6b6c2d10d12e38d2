/** Whatever markdown a guide holds, the model reads it without throwing. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {runs} from '../../helpers/fast-check.js'
import {flat, guideOf} from '../../helpers/guide.js'

/** Pieces of the layouts the model looks for, so that random text hits its paths often. */
const piece = fc.constantFrom(
  '# ',
  '## ',
  '### Q1: ',
  '#### 12) ',
  '## 3. ',
  'Question 4 - ',
  '- ',
  '1. ',
  '- [ ] ',
  '  ',
  '\n',
  '\n\n',
  '?',
  ':',
  '**',
  '**Q7:**',
  '**Question:**',
  '**Answer:**',
  '**A:**',
  '**Hint:**',
  '**Key Questions:**',
  '**Important Topics:**',
  '<details>',
  '<summary>',
  'Answer',
  'What is X?',
  '</summary>',
  '</details>',
  '<details><summary>Why?</summary>',
  '\n</details>\n',
  '| Question | Answer |\n|---|---|\n',
  '| a? | b |\n',
  '```\n',
  '$',
  '$$\n',
  '[E]',
  '[[src](http://x)]',
  '🔥',
  '---\ntitle: T\ntags: [a]\n---\n',
  'Explain ',
  'Tell me about a time ',
  'Situation',
  '> ',
  '[x]: http://y\n',
  '<!-- -->',
  '\\',
  '`',
)
const markdown = fc.oneof(
  fc.string({maxLength: 300}),
  fc.array(fc.oneof(piece, fc.string({maxLength: 8})), {maxLength: 60}).map((parts) => parts.join('')),
)

describe('the model on any markdown', () => {
  it('never throws, and every question has text, a kind and a section', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const guide = guideOf(text)
        for (const question of flat(guide.sections).flatMap((section) => section.questions)) {
          expect(question.text).not.toBe('')
          expect(['technical', 'coding', 'design', 'behavioral', 'reverse']).toContain(question.kind)
          expect(question.section).not.toBe('')
        }
      }),
      {numRuns: runs(400)},
    )
  })

  it('copes with deeply nested <details> and long lists', () => {
    expect(() =>
      guideOf(`## Key Questions\n${'<details><summary>Answer</summary>'.repeat(500)}x${'</details>'.repeat(500)}\n`),
    ).not.toThrow()
    expect(() => guideOf(`## Q\n${'- What?\n  '.repeat(200)}`)).not.toThrow()
    expect(flat(guideOf(`## Key Questions\n${'- Why?\n'.repeat(2000)}`).sections)[0]!.questions).toHaveLength(2000)
  })
})
