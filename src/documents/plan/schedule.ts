/**
 * The study plan as a pure function: the pack's sections and cards, a start
 * date, the interview date and a few options in; one entry per calendar day
 * out. No I/O and no clock, so the same input always gives the same plan and
 * every rule below can be tested without a browser.
 *
 * The shape of a plan: the first half of the study days reads the material
 * (the role's focus sections first, then the guide's order), each day's
 * reading sized by the sections' length to the day's minutes, each section's
 * cards learned on the day it is read. The second half consolidates: the
 * mock interviews and the reviews. Every card is reviewed on an expanding
 * schedule (1, 3, 7, 14 days, shortened to fit the days it has), and its last
 * review falls in the final days. The day before: a light review and the
 * checklist; the day itself: the checklist only. When the days are too few
 * for this, the plan is still made, denser, and says it is compressed.
 */
import {daysBetween, datesFrom, weekdayOf} from './dates.js'

export type MockKind = 'behavioral' | 'design' | 'coding'
export type DayKind = 'study' | 'free' | 'rest' | 'eve' | 'interview'

export interface PlanSection {
  slug: string
  title: string
  /** The top-level section it sits in, for grouping a day's reading; null for a top-level section. */
  parent: string | null
  /** Words of the section's own text (not its sub-sections'). */
  words: number
  /** Its page in guide.pdf, when known. */
  page: number | null
  /** One of the role's focus sections: read first. */
  focus: boolean
}

export interface PlanCard {
  /** The printed card number n of n/N. */
  number: number
  /** Slug of the section the card's question sits in. */
  section: string
  kind: string
}

/** How long things take, in minutes; the defaults suit dense technical text. */
export interface Pace {
  wordsPerMinute: number
  /** The least a section takes to read, however short. */
  minReading: number
  learnCard: number
  reviewCard: number
  mock: Record<MockKind, number>
  checklist: number
}

const DEFAULT_PACE: Pace = {
  wordsPerMinute: 120,
  minReading: 3,
  learnCard: 3,
  reviewCard: 1,
  mock: {behavioral: 30, design: 45, coding: 45},
  checklist: 10,
}

export const DEFAULT_STUDY_MINUTES = 60

export interface ScheduleInput {
  /** Reading units in guide order. */
  sections: PlanSection[]
  cards: PlanCard[]
  /** First day of the plan, YYYY-MM-DD. */
  start: string
  /** The interview, YYYY-MM-DD, not before start. */
  interview: string
  /** Study minutes per day. */
  minutes: number
  /** Weekdays off, 0 = Sunday. */
  restDays: number[]
  pace?: Partial<Pace>
}

export interface Reading {
  slug: string
  title: string
  parent: string | null
  page: number | null
  /** Reading the section and learning its cards. */
  minutes: number
}

export interface Mock {
  kind: MockKind
  /** The cards to practise with, by number. */
  cards: number[]
  minutes: number
}

export interface PlanDay {
  date: string
  weekday: number
  kind: DayKind
  reading: Reading[]
  /** Cards met for the first time, by number. */
  learn: number[]
  review: number[]
  mock: Mock | null
  checklist: boolean
  minutes: number
}

export interface Plan {
  start: string
  interview: string
  minutesPerDay: number
  /** N of the cards' n/N. */
  cardCount: number
  days: PlanDay[]
  compressed: boolean
  /** Why the plan is compressed, one sentence each. */
  notes: string[]
}

/** Expanding review intervals in days after learning, before being shortened to fit. */
const INTERVALS = [1, 3, 7, 14]
/** The share of a reading day's minutes left for reviews. */
const REVIEW_SHARE = 0.25
/** At most this many days at the end take the cards' last reviews. */
const FINAL_DAYS = 3
const MOCK_KINDS: MockKind[] = ['behavioral', 'design', 'coding']
/** A plan with fewer study days has no mock interviews: reading and reviews come first. */
const MIN_DAYS_FOR_MOCKS = 5

/** Sections split into consecutive groups, each within cap unless a single section is larger. */
export function packGroups(costs: number[], cap: number): number[][] {
  const groups: number[][] = []
  let current: number[] = []
  let sum = 0
  costs.forEach((cost, index) => {
    if (current.length > 0 && sum + cost > cap) {
      groups.push(current)
      current = []
      sum = 0
    }
    current.push(index)
    sum += cost
  })
  if (current.length > 0) groups.push(current)
  return groups
}

/** The smallest cap that packs the costs into at most `days` groups: an even spread. */
function balancedCap(costs: number[], days: number): number {
  let low = Math.max(0, ...costs)
  let high = Math.max(
    low,
    costs.reduce((sum, cost) => sum + cost, 0),
  )
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (packGroups(costs, middle).length <= days) high = middle
    else low = middle + 1
  }
  return low
}

/** Focus sections first, then the rest, each in guide order. */
function readingOrder(sections: PlanSection[]): PlanSection[] {
  return [...sections.filter((section) => section.focus), ...sections.filter((section) => !section.focus)]
}

/**
 * The intervals 1, 3, 7, 14 scaled down to a span of days when it is
 * shorter than they need, so that they still expand and stay before the
 * last review.
 */
export function shortenedIntervals(span: number): number[] {
  const longest = INTERVALS[INTERVALS.length - 1]! + 1
  const factor = Math.min(1, span / longest)
  const scaled = INTERVALS.map((interval) => Math.max(1, Math.round(interval * factor)))
  return [...new Set(scaled)].filter((interval) => interval < span)
}

interface Calendar {
  dates: string[]
  kinds: DayKind[]
  /** Indexes of the study days, in order. */
  study: number[]
  eve: number | null
}

function calendarOf(input: ScheduleInput): Calendar {
  const dates = datesFrom(input.start, input.interview)
  const last = dates.length - 1
  const kinds = dates.map((date, index): DayKind => {
    if (index === last) return 'interview'
    if (index === last - 1) return 'eve'
    return input.restDays.includes(weekdayOf(date)) ? 'rest' : 'study'
  })
  const study = kinds.flatMap((kind, index) => (kind === 'study' ? [index] : []))
  return {dates, kinds, study, eve: last >= 1 ? last - 1 : null}
}

interface ReadingPlan {
  /** Day index → the sections read that day. */
  byDay: Map<number, PlanSection[]>
  lastDay: number | null
}

/** Days kept free of new reading at the end of a tight plan, so that the last cards still get reviews. */
const reserveOf = (studyDays: number) => (studyDays >= 2 ? Math.max(1, Math.round(studyDays * 0.15)) : 0)

function planReading(
  order: PlanSection[],
  costs: number[],
  calendar: Calendar,
  input: ScheduleInput,
  notes: string[],
): ReadingPlan {
  const byDay = new Map<number, PlanSection[]>()
  if (order.length === 0) return {byDay, lastDay: null}
  let days = calendar.study
  if (days.length === 0 && calendar.eve !== null) {
    days = [calendar.eve]
    notes.push('no study day before the day before the interview: everything is read on that day')
  }
  if (days.length === 0) {
    notes.push('the interview is today: there is no day left to read the guide')
    return {byDay, lastDay: null}
  }
  const cap = Math.max(1, Math.floor(input.minutes * (1 - REVIEW_SHARE)))
  const available = days.length - reserveOf(days.length)
  const needed = packGroups(costs, cap).length
  // Reading takes about the first half of the study days, at most the day's minutes.
  const target = Math.min(available, Math.max(needed, Math.ceil(days.length / 2)))
  if (needed > available)
    notes.push(`the reading needs ${needed} days of ${input.minutes} minutes; it is spread over ${available}`)
  // The smallest cap that fills the target days; never over the day's minutes when the days allow it.
  const even = balancedCap(costs, target)
  const groups = packGroups(costs, needed > available ? even : Math.min(cap, even))
  groups.forEach((group, index) =>
    byDay.set(
      days[index]!,
      group.map((at) => order[at]!),
    ),
  )
  return {byDay, lastDay: days[groups.length - 1]!}
}

interface Reviews {
  byDay: Map<number, number[]>
  /** Card number → how many times it is reviewed. */
  counts: Map<number, number>
}

/** The days that take the cards' last reviews: the last few after the reading, the eve lightest. */
function finalDays(calendar: Calendar, after: number): number[] {
  const capable = [...calendar.study, ...(calendar.eve === null ? [] : [calendar.eve])].filter((day) => day > after)
  return [...new Set(capable)].sort((a, b) => a - b).slice(-FINAL_DAYS)
}

/** Cards in learning order, cut into runs for the final days in proportion to each day's weight. */
function assignFinal(
  learned: Array<{card: number; day: number}>,
  days: number[],
  eve: number | null,
): Map<number, number> {
  const weights = days.map((day) => (day === eve ? 1 : 2))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const final = new Map<number, number>()
  let before = 0
  days.forEach((day, index) => {
    const from = Math.round((before / total) * learned.length)
    before += weights[index]!
    const to = Math.round((before / total) * learned.length)
    learned.slice(from, to).forEach(({card}) => final.set(card, day))
  })
  return final
}

function planReviews(
  learned: Array<{card: number; day: number}>,
  calendar: Calendar,
  lastReading: number,
  notes: string[],
): Reviews {
  const byDay = new Map<number, number[]>()
  const counts = new Map<number, number>()
  const add = (day: number, card: number) => {
    byDay.set(day, [...(byDay.get(day) ?? []), card])
    counts.set(card, (counts.get(card) ?? 0) + 1)
  }
  const days = finalDays(calendar, lastReading)
  const final = assignFinal(learned, days, calendar.eve)
  const study = calendar.study
  let sameDay = 0
  for (const {card, day} of learned) {
    const last = final.get(card)
    if (last === undefined) {
      // Learned on the last day there is: recall it once at the end of that session.
      add(day, card)
      sameDay++
      continue
    }
    const reviewDays = new Set<number>()
    for (const interval of shortenedIntervals(last - day)) {
      const due = study.find((candidate) => candidate >= day + interval && candidate < last)
      if (due !== undefined) reviewDays.add(due)
    }
    if (reviewDays.size === 0) {
      const between = study.find((candidate) => candidate > day && candidate < last)
      reviewDays.add(between ?? day)
      if (between === undefined) sameDay++
    }
    for (const reviewDay of [...reviewDays].sort((a, b) => a - b)) add(reviewDay, card)
    add(last, card)
  }
  if (sameDay > 0)
    notes.push(
      `${sameDay} card${sameDay === 1 ? ' is' : 's are'} reviewed on the day ${sameDay === 1 ? 'it is' : 'they are'} learned: no day in between`,
    )
  return {byDay, counts}
}

/** The mock kinds the pack has cards for, in the order their cards are first learned. */
function mockKinds(learned: Array<{card: number; day: number}>, cards: PlanCard[]): MockKind[] {
  const kindOf = new Map(cards.map((card) => [card.number, card.kind]))
  const first = new Map<MockKind, number>()
  for (const {card} of learned) {
    const kind = kindOf.get(card) as MockKind
    if (MOCK_KINDS.includes(kind) && !first.has(kind)) first.set(kind, first.size)
  }
  return [...first.keys()]
}

/**
 * Mock interviews, spread evenly over the days after the reading and before
 * the final ones; rounds of every kind, one round per twelve study days. A
 * plan whose reading fills every day puts them on reading days instead.
 */
function planMocks(kinds: MockKind[], calendar: Calendar, lastReading: number | null): Map<number, MockKind> {
  const mocks = new Map<number, MockKind>()
  if (kinds.length === 0) return mocks
  if (calendar.study.length < MIN_DAYS_FOR_MOCKS) return mocks
  const after = calendar.study.filter((day) => lastReading === null || day > lastReading)
  // The final days are for the last reviews: no mock there when other days can take them.
  const beforeFinal = after.slice(0, Math.max(0, after.length - (FINAL_DAYS - 1)))
  const pool =
    beforeFinal.length >= kinds.length ? beforeFinal : after.length >= kinds.length ? after : calendar.study.slice(1)
  const rounds = Math.max(
    1,
    Math.min(Math.floor(calendar.study.length / 12) || 1, Math.floor(pool.length / kinds.length)),
  )
  const sessions = Array.from({length: rounds * kinds.length}, (_, index) => kinds[index % kinds.length]!).slice(
    0,
    pool.length,
  )
  sessions.forEach((kind, index) => mocks.set(pool[Math.floor(((index + 0.5) * pool.length) / sessions.length)]!, kind))
  return mocks
}

const readingMinutes = (section: PlanSection, pace: Pace) =>
  Math.max(pace.minReading, Math.ceil(section.words / pace.wordsPerMinute))

/** The plan from the start date to the interview, one entry per day. */
export function schedule(input: ScheduleInput): Plan {
  if (daysBetween(input.start, input.interview) < 0)
    throw new RangeError(`the interview (${input.interview}) is before the start (${input.start})`)
  const pace: Pace = {...DEFAULT_PACE, ...input.pace, mock: {...DEFAULT_PACE.mock, ...input.pace?.mock}}
  const notes: string[] = []
  const calendar = calendarOf(input)
  const order = readingOrder(input.sections)
  const cardsOf = new Map<string, number[]>()
  for (const card of input.cards) cardsOf.set(card.section, [...(cardsOf.get(card.section) ?? []), card.number])
  const costs = order.map(
    (section) => readingMinutes(section, pace) + (cardsOf.get(section.slug)?.length ?? 0) * pace.learnCard,
  )
  const reading = planReading(order, costs, calendar, input, notes)

  // Each card is learned the day its section is read; a card of no listed section, with the last reading.
  const learnDay = new Map<number, number>()
  for (const [day, sections] of reading.byDay)
    for (const section of sections) for (const card of cardsOf.get(section.slug) ?? []) learnDay.set(card, day)
  if (reading.lastDay !== null)
    for (const card of input.cards) if (!learnDay.has(card.number)) learnDay.set(card.number, reading.lastDay)
  const learned = [...learnDay].map(([card, day]) => ({card, day})).sort((a, b) => a.day - b.day || a.card - b.card)
  if (reading.lastDay === null && input.cards.length > 0) notes.push('no day to learn the cards')

  const reviews =
    reading.lastDay === null
      ? {byDay: new Map<number, number[]>(), counts: new Map<number, number>()}
      : planReviews(learned, calendar, reading.lastDay, notes)
  const short = learned.filter(({card}) => (reviews.counts.get(card) ?? 0) < 2).length
  if (short > 0) notes.push(`${short} card${short === 1 ? ' is' : 's are'} reviewed fewer than twice`)
  const mocks = planMocks(mockKinds(learned, input.cards), calendar, reading.lastDay)
  const kindCards = (kind: MockKind) => input.cards.filter((card) => card.kind === kind).map((card) => card.number)

  const days = calendar.dates.map((date, index): PlanDay => {
    const sections = reading.byDay.get(index) ?? []
    const readings = sections.map((section) => ({
      slug: section.slug,
      title: section.title,
      parent: section.parent,
      page: section.page,
      minutes: costs[order.indexOf(section)]!,
    }))
    const learn = learned
      .filter((entry) => entry.day === index)
      .map((entry) => entry.card)
      .sort((a, b) => a - b)
    const review = [...new Set(reviews.byDay.get(index) ?? [])].sort((a, b) => a - b)
    const mockKind = mocks.get(index)
    const mock = mockKind ? {kind: mockKind, cards: kindCards(mockKind), minutes: pace.mock[mockKind]} : null
    const checklist = calendar.kinds[index] === 'eve' || calendar.kinds[index] === 'interview'
    const minutes =
      readings.reduce((sum, entry) => sum + entry.minutes, 0) +
      review.length * pace.reviewCard +
      (mock?.minutes ?? 0) +
      (checklist ? pace.checklist : 0)
    const busy = readings.length > 0 || review.length > 0 || mock !== null
    const kind = calendar.kinds[index] === 'study' && !busy ? 'free' : calendar.kinds[index]!
    return {date, weekday: weekdayOf(date), kind, reading: readings, learn, review, mock, checklist, minutes}
  })
  return {
    start: input.start,
    interview: input.interview,
    minutesPerDay: input.minutes,
    cardCount: input.cards.length,
    days,
    compressed: notes.length > 0,
    notes,
  }
}

/** Numbers as ranges, the way the printed cards are found: "1–4, 7, 9–10". */
export function ranges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const runs: Array<[number, number]> = []
  for (const number of sorted) {
    const last = runs[runs.length - 1]
    if (last && number === last[1] + 1) last[1] = number
    else runs.push([number, number])
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ')
}
