/** The answer key beside a guide, and the user's guide with content/answers.md. */
import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import {formatMessage} from '../../../src/core/messages.js'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {attachAnswerKey, readAnswerKey} from '../../../src/model/answer-key.js'
import {loadContent} from '../../../src/input/content.js'
import {studyOf} from '../../../src/select/study.js'
import type {Question} from '../../../src/model/types.js'
import {parseMarkdown} from '../../../src/input/parse.js'
import {bundledStudy, byTitle, CONTENT, FIXTURES, flat, guideOf} from '../../helpers/guide.js'

const questionsOf = (sections: Parameters<typeof flat>[0]): Question[] =>
  flat(sections).flatMap((section) => section.questions)

describe('an answer key beside the guide', async () => {
  const study = studyOf(await loadContent(path.join(FIXTURES, 'questions', 'answer-key')))
  const questions = questionsOf(study.guide.sections)

  it('answers the questions the guide leaves open, matched by normalised text, under grouping headings too', () => {
    expect(
      questions.map((q) => [q.text, q.answerFrom, q.answer && toString({type: 'root', children: q.answer})]),
    ).toEqual([
      ['What is overfitting?', 'key', 'Fitting noise: low training error, high test error.'],
      ['Explain dropout', 'key', 'Randomly zeroing units during training.'],
      ['How do you pick a learning rate?', 'guide', 'Start with a learning-rate finder.'],
      ['Tell me about a time you failed', null, null],
    ])
    expect(toString({type: 'root', children: questions[1]!.hint ?? []})).toBe('think of an ensemble.')
  })

  it('reports the entries that match no question, with the nearest one when it is close', () => {
    expect(study.warnings.map(formatMessage)).toEqual([
      'answers.md:19: "What is underfiting?" matches no question of the guide; did you mean "What is overfitting?"? [unknown-question]',
      'answers.md:23: "Explain batch norm" matches no question of the guide [unknown-question]',
    ])
  })

  it('a key the manifest names must be there, with its line; the default one is optional', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-key-'))
    writeFileSync(path.join(dir, 'guide.md'), '## Key Questions\n- Why?\n')
    expect((await loadContent(dir)).answers).toBeNull()
    writeFileSync(path.join(dir, 'studypack.yaml'), 'roles:\n  a: {name: A}\nanswers: nope.md\n')
    await expect(loadContent(dir)).rejects.toThrow(
      /studypack\.yaml:3:1: answers: "nope\.md": no such file beside the guide$/,
    )
  })

  it('reports an entry given twice', () => {
    const guide = guideOf('## Key Questions\n- Why?\n')
    const entries = readAnswerKey(parseMarkdown('## Why?\nOne.\n## why\nTwo.\n'))
    expect(attachAnswerKey(guide, entries, 'a.md').map(formatMessage)).toEqual([
      'a.md:3: "why" is answered twice; the first answer is used [answer-twice]',
    ])
    expect(toString(guide.sections[0]!.questions[0]!.answer![0]!)).toBe('One.')
  })
})

describe('the user guide', async () => {
  const study = await bundledStudy()
  const questions = questionsOf(study.guide.sections)
  const count = (kind: string) => questions.filter((question) => question.kind === kind).length

  it('finds every question of its question lists: 31 technical, coding, design and domain, 12 behavioral, 4 to ask', () => {
    expect(questions).toHaveLength(47)
    expect({
      technical: count('technical'),
      coding: count('coding'),
      design: count('design'),
      behavioral: count('behavioral'),
      reverse: count('reverse'),
    }).toEqual({
      technical: 24,
      coding: 4,
      design: 3,
      behavioral: 12,
      reverse: 4,
    })
    for (const section of flat(study.guide.sections)) {
      const listed = section.parts
        .filter((part) => part.kind === 'questions')
        .flatMap((part) => part.items.map((item) => item.node))
      expect(section.questions.map((question) => question.position.line)).toEqual(
        listed.map((item) => item.position!.start.line),
      )
    }
  })

  it('takes no tip, topic or step for a question', () => {
    const asked = new Set(questions.map((question) => question.text))
    for (const section of flat(study.guide.sections)) {
      for (const part of section.parts.filter((one) => one.kind !== 'questions')) {
        for (const item of part.items) expect(asked.has(item.text), `${part.kind}: ${item.text}`).toBe(false)
      }
    }
    expect(questions.map((question) => question.text)).not.toContain('Use platforms like Pramp or Interview Query')
    expect(byTitle(study.guide, 'Scalability Considerations').questions).toEqual([])
    expect(byTitle(study.guide, 'Mock Interviews').questions).toEqual([])
  })

  it('answers every technical, coding, design and domain question from content/answers.md, and no other', () => {
    const unanswered = questions
      .filter((q) => q.kind !== 'behavioral' && q.kind !== 'reverse' && q.answer === null)
      .map((q) => q.text)
    expect(unanswered).toEqual([])
    expect(questions.filter((q) => q.answer !== null).every((q) => q.answerFrom === 'key')).toBe(true)
    expect(
      questions.filter((q) => q.kind === 'behavioral' || q.kind === 'reverse').every((q) => q.answer === null),
    ).toBe(true)
    expect(study.warnings).toEqual([])
  })

  it('has a model answer of 40 to 120 words for each, with display math as math blocks', () => {
    const key = readAnswerKey(parseMarkdown(readFileSync(path.join(CONTENT, 'answers.md'), 'utf8')))
    expect(key).toHaveLength(31)
    for (const entry of key) {
      const prose = entry.answer.filter((block) => block.type !== 'code' && block.type !== 'math')
      const words = toString({type: 'root', children: prose}).split(/\s+/).filter(Boolean).length
      expect(words, entry.text).toBeGreaterThanOrEqual(40)
      expect(words, entry.text).toBeLessThanOrEqual(120)
    }
    expect(key.flatMap((entry) => entry.answer).filter((block) => block.type === 'math')).toHaveLength(6)
  })
})
