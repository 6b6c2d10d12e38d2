/**
 * Answers written in the code (fence-answers.ts): the comment that closes a
 * fence ("// answer: …", "# Output:") answers the question over it, and the
 * card's front shows the code without it; a shown fence whose lines carry
 * their results as comments answers itself. Fixtures written for the purpose.
 */
import type {RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import type {Question} from '../../../src/model/types.js'
import {flat, guideOf} from '../../helpers/guide.js'

const questionsOf = (markdown: string): Question[] =>
  flat(guideOf(markdown).sections).flatMap((section) => section.questions)
const texts = (blocks: RootContent[] | null | undefined) => (blocks ?? []).map((block) => toString(block))

const FENCE = '```'

const GUIDE = `# Puzzles

## What does this loop print

${FENCE}js
let total = 0
for (const n of [4, 5]) total += n
console.log(total)

// answer: nine, the sum of
// both numbers
${FENCE}

## Which name does this script print

${FENCE}python
names = ["kiwi", "fig"]
print(sorted(names)[-1])
# Output:
# kiwi
# (sorted last)
${FENCE}

## How often does the greeting appear

${FENCE}js
if (say("hi") || true) say("hi")
// answer: twice
${FENCE}

## What is the output of these calls

${FENCE}js
show(typeof null); // object
show(typeof []);   // object
${FENCE}

## How do you count the words of a file

${FENCE}sh
wc -w notes.txt
# Output: 120 notes.txt
${FENCE}
`

describe('answers written in the code', () => {
  const questions = questionsOf(GUIDE)
  const summary = (question: Question) => [question.text, texts(question.shown), texts(question.answer)]

  it('takes the closing "answer:" comment as the answer, in words, and shows the code without it', () => {
    expect(summary(questions[0]!)).toEqual([
      'What does this loop print',
      ['let total = 0\nfor (const n of [4, 5]) total += n\nconsole.log(total)'],
      ['nine, the sum of both numbers'],
    ])
  })

  it('keeps the printed lines under an "Output:" comment as lines', () => {
    expect(summary(questions[1]!)).toEqual([
      'Which name does this script print',
      ['names = ["kiwi", "fig"]\nprint(sorted(names)[-1])'],
      ['kiwi\n(sorted last)'],
    ])
  })

  it('reads an "answer:" comment under a question that points at nothing', () => {
    expect(summary(questions[2]!)).toEqual([
      'How often does the greeting appear',
      ['if (say("hi") || true) say("hi")'],
      ['twice'],
    ])
  })

  it('answers shown code whose lines carry their results with that code, and shows it without them', () => {
    expect(summary(questions[3]!)).toEqual([
      'What is the output of these calls',
      ['show(typeof null);\nshow(typeof []);'],
      ['show(typeof null); // object\nshow(typeof []);   // object'],
    ])
  })

  it('leaves a how-to solution whole: its closing "Output:" shows what it prints, it is not the answer', () => {
    expect(summary(questions[4]!)).toEqual([
      'How do you count the words of a file',
      [],
      ['wc -w notes.txt\n# Output: 120 notes.txt'],
    ])
  })
})

describe('comments that are not answers', () => {
  it('keeps the comments on shown code that asks for something else: they say what the code should do', () => {
    const [question] = questionsOf(`# Tasks

## How would you make this function work for both calls?

${FENCE}js
join("a", "b"); // "ab"
join("a")("b"); // "ab"
${FENCE}
`)
    expect(question!.answer).toBeNull()
  })
})
