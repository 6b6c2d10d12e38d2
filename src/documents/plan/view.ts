/**
 * A plan → the plain data plan.hbs shows: a header, a month-grid overview of
 * the days, and one row per day. Text only; Handlebars escapes it.
 */
import {addDays, datesFrom, weekdayOf, WEEKDAY_NAMES} from './dates.js'
import {MOCK_TITLES, readingGroups} from './tasks.js'
import {ranges, type DayKind, type Plan, type PlanDay} from './schedule.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const PAPER_MM = {a4: {width: 210, height: 297}, letter: {width: 215.9, height: 279.4}} as const

export interface PlanRowView {
  date: string
  day: string
  weekday: string
  kind: DayKind
  reading: Array<{parent: string | null; items: Array<{title: string; page: number | null}>}>
  /** Card numbers as ranges ("12–18"), each kept on one line. */
  learn: string[]
  review: string[]
  mock: string | null
  checklist: boolean
  minutes: number
  /** Rows that start a new week get a rule above them. */
  weekStart: boolean
}

export interface CalendarCell {
  day: number | null
  kind: DayKind | 'outside'
  month: string | null
  mock: boolean
}

export interface PlanView {
  title: string
  packLabel: string
  paper: 'a4' | 'letter'
  page: {width: number; height: number}
  /** Body type size in pt, fitted to the page budget. */
  size: number
  interview: string
  start: string
  daysLeft: number
  minutesPerDay: number
  restDays: string
  cardCount: number
  sectionCount: number
  compressed: boolean
  /** Why it is compressed, as one sentence. */
  notes: string
  weeks: Array<{cells: CalendarCell[]}>
  rows: PlanRowView[]
  date: string
}

export interface PlanViewInput {
  plan: Plan
  title: string
  packLabel: string
  paper: 'a4' | 'letter'
  restDays: number[]
  sectionCount: number
  date: string
}

const longDate = (iso: string) =>
  `${WEEKDAY_NAMES[weekdayOf(iso)]} ${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
const shortDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`

/** Monday-first weeks from the week of the start to the week of the interview. */
function weeksOf(plan: Plan): PlanView['weeks'] {
  const byDate = new Map(plan.days.map((day) => [day.date, day]))
  const first = addDays(plan.start, -((weekdayOf(plan.start) + 6) % 7))
  const last = addDays(plan.interview, (7 - weekdayOf(plan.interview)) % 7)
  const dates = datesFrom(first, last)
  return Array.from({length: dates.length / 7}, (_, week) => ({
    cells: dates.slice(week * 7, week * 7 + 7).map((date, index): CalendarCell => {
      const day = byDate.get(date)
      const dayOfMonth = Number(date.slice(8, 10))
      const month =
        day && (dayOfMonth === 1 || date === plan.start || (week === 0 && index === 0))
          ? MONTHS[Number(date.slice(5, 7)) - 1]!
          : null
      return {day: day ? dayOfMonth : null, kind: day?.kind ?? 'outside', month, mock: Boolean(day?.mock)}
    }),
  }))
}

function rowOf(day: PlanDay, index: number): PlanRowView {
  return {
    date: day.date,
    day: shortDate(day.date),
    weekday: WEEKDAY_NAMES[day.weekday]!.slice(0, 3),
    kind: day.kind,
    reading: readingGroups(day.reading).map((group) => ({
      parent: group.parent,
      items: group.items.map((item) => ({title: item.title, page: item.page})),
    })),
    learn: day.learn.length ? ranges(day.learn).split(', ') : [],
    review: day.review.length ? ranges(day.review).split(', ') : [],
    mock: day.mock
      ? `${MOCK_TITLES[day.mock.kind]}${day.mock.cards.length ? ` · cards ${ranges(day.mock.cards)}` : ''}`
      : null,
    checklist: day.checklist,
    minutes: day.minutes,
    weekStart: index > 0 && day.weekday === 1,
  }
}

export function planView(input: PlanViewInput): PlanView {
  const {plan} = input
  return {
    title: input.title,
    packLabel: input.packLabel,
    paper: input.paper,
    page: PAPER_MM[input.paper],
    size: 9,
    interview: longDate(plan.interview),
    start: longDate(plan.start),
    daysLeft: plan.days.length - 1,
    minutesPerDay: plan.minutesPerDay,
    restDays: input.restDays.length
      ? [...input.restDays]
          .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
          .map((day) => WEEKDAY_NAMES[day])
          .join(', ')
      : 'none',
    cardCount: plan.cardCount,
    sectionCount: input.sectionCount,
    compressed: plan.compressed,
    notes: plan.notes.length ? `${plan.notes.join('; ').replace(/^./, (first) => first.toUpperCase())}.` : '',
    weeks: weeksOf(plan),
    rows: plan.days.map((day, index) => rowOf(day, index)),
    date: input.date,
  }
}
