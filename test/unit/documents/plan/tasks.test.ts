import {describe, expect, it} from 'vitest'
import {schedule, type PlanDay} from '../../../../src/documents/plan/schedule.js'
import {planText, readingText, summaryOf, tasksOf} from '../../../../src/documents/plan/tasks.js'

const day = (over: Partial<PlanDay>): PlanDay => ({
  date: '2026-12-02',
  weekday: 3,
  kind: 'study',
  reading: [],
  learn: [],
  review: [],
  mock: null,
  checklist: false,
  minutes: 0,
  ...over,
})

describe('plan tasks in words', () => {
  it("groups a day's reading under its top-level section, with guide pages", () => {
    const reading = [
      {slug: 'a', title: 'Supervised', parent: 'Technical', page: 4, minutes: 10},
      {slug: 'b', title: 'Unsupervised', parent: 'Technical', page: 5, minutes: 10},
      {slug: 'c', title: 'Overview', parent: null, page: null, minutes: 5},
    ]
    expect(readingText(reading)).toBe('Technical: Supervised (p. 4), Unsupervised (p. 5); Overview')
  })

  it('says what to learn, review and practise, cards as ranges of N', () => {
    const lines = tasksOf(
      day({learn: [1, 2, 3, 7], review: [9], mock: {kind: 'behavioral', cards: [20, 21, 22], minutes: 30}}),
      40,
    )
    expect(lines).toEqual([
      'Learn cards 1–3, 7 of 40',
      'Review card 9 of 40',
      'Behavioral mock: STAR practice: tell each story aloud in Situation, Task, Action, Result, two minutes each (cards 20–22 of 40)',
    ])
    expect(summaryOf(day({learn: [1, 2], review: [3]}))).toBe('Study: learn 2 cards, review 1')
  })

  it('gives the eve a light review and the checklist, and the day the checklist only', () => {
    expect(tasksOf(day({kind: 'eve', review: [4, 5], checklist: true}), 10)).toEqual([
      'Light review of cards 4–5 of 10',
      'Go through checklist.pdf and get ready for tomorrow',
    ])
    expect(tasksOf(day({kind: 'interview', checklist: true}), 10)).toEqual([
      'Interview day: go through checklist.pdf, nothing new',
    ])
  })

  it('prints the whole plan, one paragraph a day, and says when it is compressed', () => {
    const plan = schedule({
      sections: [{slug: 's', title: 'Only', parent: null, words: 4000, page: 2, focus: false}],
      cards: Array.from({length: 40}, (_, index) => ({number: index + 1, section: 's', kind: 'technical'})),
      start: '2026-12-01',
      interview: '2026-12-03',
      minutes: 30,
      restDays: [],
    })
    const text = planText(plan, 'ML Engineer')
    expect(text).toMatch(/^Study plan for ML Engineer: 2026-12-01 to the interview on 2026-12-03/)
    expect(text).toContain('Compressed: ')
    expect(text).toContain('Tue 2026-12-01')
    expect(text).toContain('  - Read Only (p. 2)')
    expect(text).toContain('  - Learn cards 1–40 of 40')
    expect(text.trim().split('\n').at(-1)).toBe('  - Interview day: go through checklist.pdf, nothing new')
  })
})
