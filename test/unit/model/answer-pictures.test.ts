/**
 * A picture answers (answer.ts): a diagram with no alt text is no empty
 * paragraph. Fixture written for the purpose.
 */
import {describe, expect, it} from 'vitest'
import {flat, guideOf} from '../../helpers/guide.js'

describe('answers that are pictures', () => {
  it('keeps a diagram with no alt text as the answer, and a rule alone as none', () => {
    const guide = guideOf(
      '# Notes\n\n## How does a request reach the database?\n\n![](img/flow.png)\n\n## Why is the cache cold after a deploy?\n\n***\n',
    )
    const questions = flat(guide.sections).flatMap((section) => section.questions)
    expect(questions.map((question) => [question.text, question.answer?.map((block) => block.type) ?? null])).toEqual([
      ['How does a request reach the database?', ['paragraph']],
      ['Why is the cache cold after a deploy?', null],
    ])
  })
})
