/**
 * The pages of a book, seen side by side (pages.ts): a page is one problem
 * when it shares its skeleton of sections with other pages titled by a
 * catalogue number and name (its question keeps a number the text does not
 * set off as numbering: "230 Fold Ribbons"). Fixtures written for the purpose.
 */
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../../../src/input/parse.js'
import {buildGuide} from '../../../src/model/index.js'
import type {Guide} from '../../../src/model/types.js'
import {flat} from '../../helpers/guide.js'

const FENCE = '```'

const bookOf = (files: Record<string, string>): Guide =>
  buildGuide(Object.entries(files).map(([file, text]) => ({file, root: parseMarkdown(text)})))

/** [file, line, question text, has an answer] in guide order. */
const questionsOf = (guide: Guide) =>
  flat(guide.sections)
    .flatMap((section) => section.questions)
    .map((question) => [question.position.file, question.position.line, question.text, question.answer !== null])

/** A solution page: a numbered title over the same four sections every page has. */
const solution = (title: string, step: string) => `# ${title}

## Idea

Keep a running count while walking the input once.

## Steps

1. Define a counter that starts at zero
2. ${step}

## Cost

- Time: linear

## Code

${FENCE}go
func solve() int { return 0 }
${FENCE}
`

describe('pages that are each one problem', () => {
  it('reads each page titled by a catalogue number and name, under one shared skeleton, as one problem', () => {
    const guide = bookOf({
      'easy/4 Count Pebbles.md': solution('4. Count Pebbles', 'Compare each pebble with the last one'),
      'easy/17 Mirror Words.md': solution('17. Mirror Words', 'Implement a helper that flips a word'),
      'hard/230 Fold Ribbons.md': solution('230 Fold Ribbons', 'Describe each fold as a pair'),
      'index.md':
        '# Solutions\n\n| No. | Problem | Link |\n| - | - | - |\n| 4 | Count Pebbles | [go](easy/4%20Count%20Pebbles.md) |\n',
    })
    expect(questionsOf(guide)).toEqual([
      ['easy/4 Count Pebbles.md', 1, 'Count Pebbles', true],
      ['easy/17 Mirror Words.md', 1, 'Mirror Words', true],
      ['hard/230 Fold Ribbons.md', 1, '230 Fold Ribbons', true],
    ])
    const [first] = flat(guide.sections).flatMap((section) => section.questions)
    expect(first!.answer!.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'heading',
      'list',
      'heading',
      'code',
    ])
  })

  it('reads nothing of the kind when the pages do not share their sections, or are not titled by a number', () => {
    const unlike = bookOf({
      'a.md': solution('4. Count Pebbles', 'Walk the list'),
      'b.md': '# 17. Mirror Words\n\n## Idea\n\nFlip it.\n\n## Code\n\nNone yet.\n',
      'c.md': solution('230 Fold Ribbons', 'Walk the list'),
    })
    expect(questionsOf(unlike)).toEqual([])
    const named = bookOf({
      'a.md': solution('Counting pebbles', 'Walk the list'),
      'b.md': solution('Mirroring words', 'Walk the list'),
      'c.md': solution('Folding ribbons', 'Walk the list'),
    })
    expect(questionsOf(named)).toEqual([])
  })

  it('takes no bare number for a question, and keeps a first page that is a problem as a question, not the title', () => {
    const guide = bookOf({
      '4.md': solution('4. Count Pebbles', 'Walk the list'),
      '12.md': solution('12', 'Walk the list'),
      '17.md': solution('17. Mirror Words', 'Walk the list'),
      '230.md': solution('230 Fold Ribbons', 'Walk the list'),
    })
    expect(questionsOf(guide).map(([file, , text]) => [file, text])).toEqual([
      ['4.md', 'Count Pebbles'],
      ['17.md', 'Mirror Words'],
      ['230.md', '230 Fold Ribbons'],
    ])
    expect(guide.title).toBe('Study guide')
  })
})
