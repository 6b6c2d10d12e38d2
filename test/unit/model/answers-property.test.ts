/**
 * Properties of the question finder, from a fixed seed (test/helpers/fast-check.ts):
 * nothing inside an answer becomes a question, and every card front stands alone.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ANSWER_LABEL, HINT_LABEL, QUESTION_LABEL} from '../../../src/model/labels.js'
import {normalizeLabel} from '../../../src/model/text.js'
import type {Question} from '../../../src/model/types.js'
import {runs} from '../../helpers/fast-check.js'
import {flat, guideOf} from '../../helpers/guide.js'

const questionsOf = (markdown: string): Question[] =>
  flat(guideOf(markdown).sections).flatMap((section) => section.questions)

/** Answer blocks that look a little like questions, as real answers do. */
const answerBlock = fc.constantFrom(
  'It depends on the data.',
  'Is it always convex? Not for deep networks; the loss surface has many saddles.',
  '- First point of the answer\n- Second point of the answer',
  '- Why does it help?\n- When does it fail?',
  '1. Step one of the method\n2. Step two of the method',
  '```python\n# What does this print?\nprint(1)\n```',
  '> Why? Because the gradient vanishes.',
  '**Bias**: error from wrong assumptions.',
  '**Simple:** A short analogy.',
  '<details><summary>Answer</summary>\nThe hidden answer.\n</details>',
  '| term | meaning |\n|---|---|\n| a | b |',
)

const questionText = fc
  .tuple(
    fc.constantFrom('What is', 'Why does', 'How would you test', 'When should you use'),
    fc.constantFrom('a queue', 'batch norm', 'an index', 'the kernel trick', 'a cache'),
  )
  .map(([opening, topic]) => `${opening} ${topic}?`)

/** One question in one layout, with its answer blocks. */
const layouts = {
  heading: (n: number, text: string, answer: string[]) => [`### ${n}. ${text}`, ...answer],
  bold: (n: number, text: string, answer: string[]) => [`**Q${n}:** ${text}`, ...answer],
  item: (_n: number, text: string, answer: string[]) => [
    `- ${text}${answer.map((block) => `\n\n${block.replace(/^/gm, '  ')}`).join('')}`,
  ],
}

const guide = fc.record({
  layout: fc.constantFrom(...(Object.keys(layouts) as Array<keyof typeof layouts>)),
  questions: fc.array(fc.tuple(questionText, fc.array(answerBlock, {maxLength: 4})), {minLength: 1, maxLength: 6}),
})

describe('nothing inside an answer becomes a question', () => {
  it('finds exactly the questions asked, in every layout, whatever their answers hold', () => {
    fc.assert(
      fc.property(guide, ({layout, questions}) => {
        const section = layout === 'item' ? '## Key Questions' : '## Questions'
        const blocks = questions.flatMap(([text, answer], index) => layouts[layout](index + 1, text, answer))
        const markdown = `# Bank\n\n${section}\n\n${blocks.join('\n\n')}\n`
        expect(questionsOf(markdown).map((question) => question.text)).toEqual(questions.map(([text]) => text))
      }),
      {numRuns: runs(300)},
    )
  })
})

/** Pieces of layouts, so that random guides hit the finder's paths often. */
const piece = fc.constantFrom(
  '# ',
  '## ',
  '### Q1: ',
  '### Question 3',
  '#### 12) ',
  '- ',
  '  - ',
  '1. ',
  '\n',
  '\n\n',
  '?',
  ':',
  '**',
  '**1)** ',
  '**Q:** ',
  '**Question:**',
  '**Answer:**',
  '**A:**',
  'Q2. ',
  'Question variations:\n\n',
  '<details>\n<summary>',
  '</summary>\n',
  '</details>\n',
  'What is X?',
  'Explain Y',
  'A scenario with many words in it.',
  '3️⃣ ',
  '[^1]',
  '{#id}',
  '(Acme, 2020)',
  '[link](./a.md)',
  '---\n',
)
const markdown = fc.array(fc.oneof(piece, fc.string({maxLength: 6})), {maxLength: 50}).map((parts) => parts.join(''))

const isLabel = (text: string) => {
  const label = normalizeLabel(text)
  return [ANSWER_LABEL, HINT_LABEL, QUESTION_LABEL].some((re) => re.test(label))
}

describe('every card front stands alone', () => {
  it('has words, is not a bare number or label, and carries its stem when it is a sub-question', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        for (const question of questionsOf(text)) {
          expect(question.text.trim()).not.toBe('')
          expect(question.text).toMatch(/[\p{L}\p{N}]/u)
          expect(question.text).not.toMatch(/^\W*\d+\W*$/)
          expect(isLabel(question.text)).toBe(false)
          if (question.why?.some((why) => why.startsWith('a sub-question'))) expect(question.context).toBeTruthy()
        }
      }),
      {numRuns: runs(400)},
    )
  })
})
