import {describe, expect, it} from 'vitest'
import {schedule} from '../../../../src/documents/plan/schedule.js'
import {planView} from '../../../../src/documents/plan/view.js'

const plan = schedule({
  sections: Array.from({length: 6}, (_, index) => ({
    slug: `s${index}`,
    title: `S${index}`,
    parent: null,
    words: 900,
    page: index + 2,
    focus: false,
  })),
  cards: Array.from({length: 18}, (_, index) => ({number: index + 1, section: `s${index % 6}`, kind: 'technical'})),
  start: '2026-12-02',
  interview: '2026-12-20',
  minutes: 45,
  restDays: [0],
})
const view = planView({
  plan,
  title: 'Guide',
  packLabel: 'ML Engineer',
  paper: 'letter',
  restDays: [6, 0],
  sectionCount: 6,
  date: '2 December 2026',
})

describe('plan view', () => {
  it('lays the days out in Monday-first weeks, the days outside the plan blank', () => {
    expect(view.weeks).toHaveLength(3)
    expect(view.weeks.every((week) => week.cells.length === 7)).toBe(true)
    expect(view.weeks[0]!.cells.slice(0, 2).map((cell) => cell.kind)).toEqual(['outside', 'outside'])
    expect(view.weeks[0]!.cells[2]).toMatchObject({day: 2, month: 'Dec'})
    expect(view.weeks[2]!.cells[6]).toMatchObject({day: 20, kind: 'interview'})
  })

  it('has one row a day, with card ranges, and says how the plan is set', () => {
    expect(view.rows.map((row) => row.date)).toEqual(plan.days.map((day) => day.date))
    expect(view.rows[0]).toMatchObject({day: '2 Dec', weekday: 'Wed', weekStart: false})
    expect(view.rows.find((row) => row.weekday === 'Mon')!.weekStart).toBe(true)
    const learned = view.rows.flatMap((row) => row.learn)
    expect(learned.every((range) => /^\d+(–\d+)?$/.test(range))).toBe(true)
    expect(view).toMatchObject({
      interview: 'Sunday 20 December 2026',
      daysLeft: 18,
      restDays: 'Saturday, Sunday',
      page: {width: 215.9},
      compressed: false,
      notes: '',
    })
  })
})
