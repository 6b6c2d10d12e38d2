import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {runs} from '../../../helpers/fast-check.js'
import {addDays, daysBetween, parseDate, weekdayOf} from '../../../../src/documents/plan/dates.js'
import {
  packGroups,
  ranges,
  schedule,
  shortenedIntervals,
  type PlanCard,
  type PlanSection,
  type ScheduleInput,
} from '../../../../src/documents/plan/schedule.js'

const KINDS = ['technical', 'coding', 'design', 'behavioral', 'reverse']

/** A pack of `count` sections with the given word counts, cards numbered in guide order. */
function pack(words: number[], cardsPer: number[], focus: number[] = []): {sections: PlanSection[]; cards: PlanCard[]} {
  const sections = words.map((count, index) => ({
    slug: `s${index}`,
    title: `Section ${index}`,
    parent: index % 3 === 0 ? null : 'Part',
    words: count,
    page: index + 2,
    focus: focus.includes(index),
  }))
  const cards: PlanCard[] = []
  cardsPer.forEach((count, index) => {
    for (let each = 0; each < count; each++)
      cards.push({number: cards.length + 1, section: `s${index}`, kind: KINDS[(index + each) % KINDS.length]!})
  })
  return {sections, cards}
}

const guide = pack([400, 900, 300, 1200, 250, 700, 500, 800, 150, 600], [3, 5, 2, 6, 1, 4, 3, 4, 0, 2], [3, 5])

const base = (over: Partial<ScheduleInput> = {}): ScheduleInput => ({
  ...guide,
  start: '2026-12-01',
  interview: '2026-12-29',
  minutes: 60,
  restDays: [0],
  ...over,
})

const readingOf = (plan: ReturnType<typeof schedule>) =>
  plan.days.flatMap((day) => day.reading.map((entry) => entry.slug))

describe('dates', () => {
  it('reads real dates only and counts days across month ends and daylight saving', () => {
    expect(parseDate('2026-02-29')).toBeNull()
    expect(parseDate('2028-02-29')).toBe('2028-02-29')
    expect(parseDate('2026-13-01')).toBeNull()
    expect(parseDate('20261201')).toBeNull()
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(daysBetween('2026-10-20', '2026-11-03')).toBe(14)
    expect(weekdayOf('2026-12-06')).toBe(0)
  })
})

describe('schedule', () => {
  it('learns every card once and reviews each at least twice, its last review in the final days', () => {
    const plan = schedule(base())
    expect(plan.compressed).toBe(false)
    const learned = plan.days.flatMap((day) => day.learn)
    expect(learned.sort((a, b) => a - b)).toEqual(guide.cards.map((card) => card.number))
    const studyDates = plan.days.filter((day) => day.kind !== 'rest' && day.kind !== 'interview').map((day) => day.date)
    const finalDays = studyDates.slice(-3)
    for (const card of guide.cards) {
      const learnedOn = plan.days.findIndex((day) => day.learn.includes(card.number))
      const reviewed = plan.days.flatMap((day, index) => (day.review.includes(card.number) ? [index] : []))
      expect(reviewed.length).toBeGreaterThanOrEqual(2)
      expect(reviewed.every((index) => index > learnedOn)).toBe(true)
      expect(finalDays).toContain(plan.days[reviewed[reviewed.length - 1]!]!.date)
    }
  })

  it('reviews on expanding intervals: each gap at least as long as the one before, until the last review', () => {
    const plan = schedule(base({interview: '2027-01-20', restDays: []}))
    for (const card of guide.cards) {
      const learnedOn = plan.days.findIndex((day) => day.learn.includes(card.number))
      const reviewed = plan.days.flatMap((day, index) => (day.review.includes(card.number) ? [index] : []))
      const gaps = [learnedOn, ...reviewed]
        .slice(1, -1)
        .map((day, index, all) => day - (index === 0 ? learnedOn : all[index - 1]!))
      for (let index = 1; index < gaps.length; index++) expect(gaps[index]).toBeGreaterThanOrEqual(gaps[index - 1]!)
      expect(reviewed.length).toBeGreaterThanOrEqual(4)
    }
  })

  it('reads every section exactly once, the focus sections first', () => {
    const plan = schedule(base())
    const read = readingOf(plan)
    expect([...read].sort()).toEqual(guide.sections.map((section) => section.slug).sort())
    expect(read.slice(0, 2)).toEqual(['s3', 's5'])
    expect(read.slice(2)).toEqual(guide.sections.filter((section) => !section.focus).map((section) => section.slug))
  })

  it('keeps each day of reading within its minutes, give or take one section', () => {
    for (const minutes of [30, 45, 60, 120]) {
      const plan = schedule(base({minutes}))
      for (const day of plan.days.filter((each) => each.reading.length > 1)) {
        const total = day.reading.reduce((sum, entry) => sum + entry.minutes, 0)
        const lastOne = day.reading[day.reading.length - 1]!.minutes
        expect(total - lastOne).toBeLessThanOrEqual(minutes)
      }
    }
  })

  it('fills the reading days to the minutes when the material is long', () => {
    const long = pack(
      Array.from({length: 30}, () => 1200),
      Array.from({length: 30}, () => 2),
    )
    const plan = schedule({...long, start: '2026-12-01', interview: '2026-12-29', minutes: 60, restDays: []})
    expect(plan.compressed).toBe(false)
    const readingDays = plan.days.filter((day) => day.reading.length > 0)
    // 30 sections of 10 min reading + 6 min learning: 2 a day within the 45 minutes left after reviews.
    expect(readingDays.length).toBe(15)
    for (const day of readingDays)
      expect(day.reading.reduce((sum, entry) => sum + entry.minutes, 0)).toBeLessThanOrEqual(60)
  })

  it('leaves rest days empty and schedules nothing after the interview', () => {
    const plan = schedule(base({restDays: [0, 6]}))
    expect(plan.days[plan.days.length - 1]!.date).toBe('2026-12-29')
    for (const day of plan.days.filter((each) => each.kind === 'rest')) {
      expect([0, 6]).toContain(day.weekday)
      expect(day).toMatchObject({reading: [], learn: [], review: [], mock: null, checklist: false, minutes: 0})
    }
    expect(
      plan.days
        .filter((day) => [0, 6].includes(day.weekday) && day.kind !== 'eve' && day.kind !== 'interview')
        .every((day) => day.kind === 'rest'),
    ).toBe(true)
  })

  it('ends with a light review and the checklist the day before, and only the checklist on the day', () => {
    const plan = schedule(base())
    const [eve, day] = plan.days.slice(-2)
    expect(eve).toMatchObject({kind: 'eve', checklist: true, reading: [], learn: [], mock: null})
    expect(eve!.review.length).toBeGreaterThan(0)
    expect(eve!.review.length).toBeLessThan(guide.cards.length / 3)
    expect(day).toMatchObject({kind: 'interview', checklist: true, reading: [], learn: [], review: [], mock: null})
  })

  it('spreads behavioral, design and coding mock interviews after the reading, with their cards', () => {
    const plan = schedule(base())
    const mocks = plan.days.flatMap((day, index) => (day.mock ? [{index, ...day.mock}] : []))
    expect(new Set(mocks.map((mock) => mock.kind))).toEqual(new Set(['behavioral', 'design', 'coding']))
    const lastReading = plan.days.findLastIndex((day) => day.reading.length > 0)
    expect(mocks.every((mock) => mock.index > lastReading && mock.index < plan.days.length - 2)).toBe(true)
    for (const mock of mocks)
      expect(mock.cards).toEqual(guide.cards.filter((card) => card.kind === mock.kind).map((card) => card.number))
    const gaps = mocks.slice(1).map((mock, index) => mock.index - mocks[index]!.index)
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(3)
  })

  it('gives a six-week plan more mock rounds than a two-week one', () => {
    const count = (interview: string) => schedule(base({interview})).days.filter((day) => day.mock).length
    expect(count('2027-01-12')).toBeGreaterThan(count('2026-12-15'))
  })

  it('still plans too little time, marked compressed', () => {
    const many = pack(
      Array.from({length: 8}, () => 600),
      Array.from({length: 8}, () => 5),
    )
    const plan = schedule({...many, start: '2026-12-01', interview: '2026-12-03', minutes: 60, restDays: []})
    expect(plan.compressed).toBe(true)
    expect(plan.notes.length).toBeGreaterThan(0)
    expect(plan.days.map((day) => day.kind)).toEqual(['study', 'eve', 'interview'])
    expect(plan.days.flatMap((day) => day.learn)).toHaveLength(40)
    expect(readingOf(plan)).toHaveLength(8)
  })

  it('on the eve with nothing before it reads everything that day; on the day itself plans the checklist only', () => {
    const eveOnly = schedule({...guide, start: '2026-12-28', interview: '2026-12-29', minutes: 60, restDays: []})
    expect(eveOnly.compressed).toBe(true)
    expect(readingOf(eveOnly)).toHaveLength(guide.sections.length)
    const today = schedule({...guide, start: '2026-12-29', interview: '2026-12-29', minutes: 60, restDays: []})
    expect(today.compressed).toBe(true)
    expect(today.days).toEqual([expect.objectContaining({kind: 'interview', checklist: true, reading: [], learn: []})])
  })

  it('refuses an interview before the start', () => {
    expect(() => schedule(base({interview: '2026-11-30'}))).toThrow(RangeError)
  })

  it('is deterministic', () => {
    expect(schedule(base())).toEqual(schedule(base()))
  })

  it('holds its rules for any pack, dates and options', () => {
    const input = fc.record({
      words: fc.array(fc.integer({min: 0, max: 3000}), {minLength: 1, maxLength: 25}),
      cards: fc.array(fc.integer({min: 0, max: 8}), {minLength: 25, maxLength: 25}),
      focus: fc.array(fc.integer({min: 0, max: 24}), {maxLength: 4}),
      days: fc.integer({min: 0, max: 60}),
      minutes: fc.integer({min: 15, max: 240}),
      rest: fc.uniqueArray(fc.integer({min: 0, max: 6}), {maxLength: 3}),
    })
    fc.assert(
      fc.property(input, ({words, cards, focus, days, minutes, rest}) => {
        const material = pack(words, cards.slice(0, words.length), focus)
        const plan = schedule({
          ...material,
          start: '2026-12-01',
          interview: addDays('2026-12-01', days),
          minutes,
          restDays: rest,
        })
        expect(plan.days).toHaveLength(days + 1)
        expect(plan.days.every((day) => daysBetween(day.date, plan.interview) >= 0)).toBe(true)
        const learned = plan.days.flatMap((day) => day.learn)
        if (days >= 1) expect(learned.sort((a, b) => a - b)).toEqual(material.cards.map((card) => card.number))
        if (days >= 1) expect(readingOf(plan).sort()).toEqual(material.sections.map((section) => section.slug).sort())
        for (const day of plan.days.filter((each) => each.kind === 'rest')) expect(day.minutes).toBe(0)
        const reviews = (number: number) => plan.days.filter((day) => day.review.includes(number)).length
        if (!plan.compressed) {
          for (const card of material.cards) expect(reviews(card.number)).toBeGreaterThanOrEqual(2)
          for (const day of plan.days.filter((each) => each.reading.length > 1)) {
            expect(day.reading.slice(0, -1).reduce((sum, entry) => sum + entry.minutes, 0)).toBeLessThanOrEqual(minutes)
          }
        }
        expect(plan.days[plan.days.length - 1]!.kind).toBe('interview')
      }),
      {numRuns: runs(200)},
    )
  })
})

describe('helpers', () => {
  it('shortens the intervals to fit, keeping them expanding and before the last review', () => {
    expect(shortenedIntervals(30)).toEqual([1, 3, 7, 14])
    expect(shortenedIntervals(8)).toEqual([1, 2, 4, 7])
    expect(shortenedIntervals(3)).toEqual([1])
    expect(shortenedIntervals(1)).toEqual([])
  })

  it('packs sections into days, a day over its minutes only by its one section', () => {
    expect(packGroups([10, 20, 30, 5, 50], 30)).toEqual([[0, 1], [2], [3], [4]])
  })

  it('writes card numbers as ranges', () => {
    expect(ranges([7, 1, 2, 3, 9, 10, 2])).toBe('1–3, 7, 9–10')
    expect(ranges([])).toBe('')
  })
})
