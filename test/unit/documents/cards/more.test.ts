/**
 * What the last card of an answer cut short says: the page of guide.pdf
 * (known only once the guide is laid out, so measured with a slot as wide),
 * the section when the build makes no guide, the answer key's file when the
 * answer is from there (the study guide does not print it).
 */
import {describe, expect, it} from 'vitest'
import type {Card} from '../../../../src/documents/cards/deck.js'
import {moreNotes} from '../../../../src/documents/cards/more.js'
import {shortId} from '../../../../src/documents/guide/view.js'

const card = (over: Partial<Card['question']> = {}, slug = 'storage-internals'): Card =>
  ({
    number: 1,
    question: {text: 'How does a database recover after a crash?', answerFrom: 'guide', ...over},
    section: {slug, title: 'Recovery', path: ['Storage Internals', 'Recovery']},
  }) as Card

describe('where the rest of a long answer is', () => {
  it('names the page of guide.pdf, asking for the pages once, and only when a card needs them', async () => {
    let asked = 0
    const long = 'x'.repeat(80)
    const notes = moreNotes({
      guidePages: async () => {
        asked++
        return new Map([
          ['storage-internals', 7],
          [shortId(long), 12],
        ])
      },
      answerKey: 'answers.md',
    })
    expect(notes.measured(card())).toBe('continued in the guide, p. 000')
    expect(asked).toBe(0)
    expect(await notes.printed(card())).toBe('continued in the guide, p. 7')
    // A long heading's id is shortened in the guide (PDF names): the page is found by the same id.
    expect(await notes.printed(card({}, long))).toBe('continued in the guide, p. 12')
    expect(asked).toBe(1)
    // A section the guide has no page for is named instead.
    expect(await notes.printed(card({}, 'elsewhere'))).toBe(
      'continued in the study guide, section «Storage Internals › Recovery»',
    )
  })

  it('names the section when the build makes no guide, and the answer key for an answer from it', async () => {
    const notes = moreNotes({guidePages: null, answerKey: 'answers.md'})
    const text = 'continued in the study guide, section «Storage Internals › Recovery»'
    expect(notes.measured(card())).toBe(text)
    expect(await notes.printed(card())).toBe(text)
    expect(await notes.printed(card({answerFrom: 'key'}))).toBe('continued in the answer key, answers.md')
    expect(notes.measured(card({answerFrom: 'key'}))).toBe('continued in the answer key, answers.md')
  })
})
