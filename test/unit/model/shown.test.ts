/**
 * What a question shows (issue 11: a card front stands alone): the code a
 * question points at, and the options it offers, belong to the question; the
 * answer is what follows them. Fixtures in test/fixtures/questions/shown/,
 * written for the purpose: headings with `<details>` answers, list items with
 * lettered options and an "Answer:" label, bold paragraphs with no answer,
 * and how-to questions whose code is their answer.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {attachAnswerKey, readAnswerKey} from '../../../src/model/answer-key.js'
import {parseMarkdown} from '../../../src/input/parse.js'
import {pointsAtShown} from '../../../src/model/shown.js'
import type {Question} from '../../../src/model/types.js'
import {FIXTURES, flat, guideOf} from '../../helpers/guide.js'

const FOLDER = path.join(FIXTURES, 'questions', 'shown')
const questionsOf = (name: string): Question[] =>
  flat(guideOf(readFileSync(path.join(FOLDER, name), 'utf8'), name).sections).flatMap((section) => section.questions)

/** A block's text; a list's items apart by " | ". */
const textOf = (block: RootContent): string =>
  block.type === 'list' ? block.children.map((item) => toString(item)).join(' | ') : toString(block)
const texts = (blocks: RootContent[] | null | undefined) => (blocks ?? []).map(textOf)
const types = (blocks: RootContent[] | null | undefined) => (blocks ?? []).map((block) => block.type)

/** Each question as [text, what it shows (block types), what answers it (text), the last reason it was taken]. */
const summary = (question: Question) => [
  question.text,
  types(question.shown),
  question.answer === null ? null : texts(question.answer).join(' / '),
  question.why?.at(-1),
]

describe('what a question shows', () => {
  it('headings answered in <details>: the code and options before the answer, by wording or by series', () => {
    expect(questionsOf('headings.md').map(summary)).toEqual([
      [
        'What does this function return for an empty list?',
        ['code'],
        'It returns None: an empty list is falsy, so the else branch runs.',
        'shows a code block',
      ],
      [
        'Which of the names is printed last?',
        ['code', 'list'],
        'The answer is A, since sorting puts pear after apple and fig.',
        'shows a code block and its options',
      ],
      ['Tuples are immutable.', ['list'], 'A, although a tuple may hold a list that can change.', 'shows its options'],
      [
        'How long is the dictionary afterwards?',
        ['code'],
        'One key: the second line replaces nothing, the third adds to the same key.',
        'shows a code block, as its series does',
      ],
      [
        'Why are default arguments evaluated once?',
        [],
        expect.stringMatching(/^Because the function object keeps them .* \/ def append_to/),
        expect.not.stringMatching(/^shows/),
      ],
    ])
    const [first, second] = questionsOf('headings.md')
    expect(texts(first!.shown)).toEqual(['def first_or_none(items):\n    return items[0] if items else None'])
    expect(texts(second!.shown)[1]).toBe('A: pear | B: fig | C: apple')
  })

  it('list items: code, then lettered options, then the answer label; a how-to keeps its code as the answer', () => {
    expect(questionsOf('lists.md').map(summary)).toEqual([
      [
        'What will be printed by this shell line?',
        ['code', 'list'],
        'b) shell arithmetic keeps whole numbers only.',
        'shows a code block and its options',
      ],
      [
        'What does the following query return when the table is empty?',
        ['code'],
        'One row holding zero: counting never returns no rows.',
        'shows a code block',
      ],
      [
        'How do you list the ten largest files in a folder?',
        [],
        'du -a . | sort -n -r | head -n 10',
        expect.not.stringMatching(/^shows/),
      ],
      ["Which of the following commands changes a file's owner?", ['list'], 'B.', 'shows its options'],
      // A list after the code, then an explanation: the printed lines are the answer, not options.
      [
        'What does this loop print?',
        ['code'],
        '0 | 1 | 4 / each line is the square of the counter.',
        'shows a code block',
      ],
    ])
    expect(texts(questionsOf('lists.md')[0]!.shown)).toEqual(['echo "$((7 / 2))"', 'a) 3.5 | b) 3 | c) 4'])
  })

  it('bold paragraphs: a snippet nothing answers leaves the question unanswered; a second fence is the answer', () => {
    const questions = questionsOf('paragraphs.md')
    expect(questions.map(summary)).toEqual([
      ['Find the bug in this loop.', ['code'], null, 'shows a code block'],
      ['What is printed?', ['code'], '2-4-6', 'shows a code block'],
      [
        'How do you copy an array without changing the original?',
        [],
        'const copy = [...original]',
        expect.not.stringMatching(/^shows/),
      ],
      [
        'Write a function that doubles every number in an array.',
        [],
        'const doubled = (numbers) => numbers.map((n) => n * 2)',
        expect.not.stringMatching(/^shows/),
      ],
      [
        'What is a closure?',
        [],
        expect.stringMatching(/^A function that keeps .* \/ const counter/),
        expect.not.stringMatching(/^shows/),
      ],
    ])
    expect(questions[0]!.answerFrom).toBeNull()
    expect(texts(questions[0]!.shown)).toEqual(['for (let i = 0; i <= items.length; i++) total += items[i]'])
  })

  it('takes the answer of a question that shows code and leaves it open from the answer key, its code still shown', () => {
    const guide = guideOf(readFileSync(path.join(FOLDER, 'paragraphs.md'), 'utf8'), 'paragraphs.md')
    const key = readAnswerKey(parseMarkdown('## Find the bug in this loop.\n\nThe loop reads one item past the end.\n'))
    expect(attachAnswerKey(guide, key, 'answers.md')).toEqual([])
    const bug = flat(guide.sections)
      .flatMap((section) => section.questions)
      .find((question) => question.text.startsWith('Find the bug'))!
    expect([bug.answerFrom, texts(bug.answer), types(bug.shown)]).toEqual([
      'key',
      ['The loop reads one item past the end.'],
      ['code'],
    ])
  })

  it('reads a pointer to something shown, and no pointer in a question about a topic', () => {
    for (const text of [
      "What's the output?",
      'What is the output of the program?',
      'What will be printed?',
      'What gets logged to the console?',
      'What does this return?',
      'What will this small helper print last?',
      'Is this a pure function?',
      'What happens when we run this?',
      'Find the bug.',
      'Spot the memory leak in the class below.',
      "What's wrong with this query?",
      'Consider the following snippet. Why does it block?',
      'What is the value of `total` afterwards?',
      'How would you make this work?',
    ])
      expect([text, pointsAtShown(text)]).toEqual([text, true])
    for (const text of [
      'How do you reverse a list?',
      'What is a closure?',
      'What does `map` return?',
      "What is the 'this' keyword?",
      'Explain how garbage collection works.',
      'How do you find bugs in production?',
      'What is wrong with global state in general?',
    ])
      expect([text, pointsAtShown(text)]).toEqual([text, false])
  })

  it('shows nothing in the bundled guide', async () => {
    const {bundledStudy} = await import('../../helpers/guide.js')
    const study = await bundledStudy()
    const shown = flat(study.guide.sections).flatMap((section) => section.questions.filter((q) => q.shown))
    expect(shown.map((question) => question.text)).toEqual([])
  })
})
