/**
 * plan.ics: one event per day that has something to do, all-day, or at
 * --study-time for as long as the day's minutes. Times are floating (no time
 * zone): 19:00 means 19:00 wherever the calendar is. Each UID is made of the
 * guide, the pack and the date, nothing else, so importing a rebuilt plan
 * (a later start, other minutes) updates the events of the same days instead
 * of adding copies.
 */
import {createHash} from 'node:crypto'
import ical, {ICalCalendarMethod} from 'ical-generator'
import {summaryOf, tasksOf} from './tasks.js'
import type {Plan} from './schedule.js'

export interface IcsOptions {
  /** The guide's title and the pack's folder: what makes the plan this plan. */
  guide: string
  pack: string
  /** Calendar name shown by the app. */
  name: string
  /** "HH:MM" for timed events; all-day without. */
  time?: string
  /** DTSTAMP: when this version of the plan was made. */
  stamp: Date
}

/** "HH:MM", 24-hour clock, or null. */
export function parseTime(text: string): {hours: number; minutes: number} | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim())
  return match ? {hours: Number(match[1]), minutes: Number(match[2])} : null
}

export function uidOf(guide: string, pack: string, date: string): string {
  const key = createHash('sha256').update(`${guide}\n${pack}`).digest('hex').slice(0, 16)
  return `plan-${date}-${key}@studypack`
}

/** A UTC Date whose fields are the wanted wall-clock time: ical-generator writes floating and all-day dates from the UTC fields. */
const wallClock = (date: string, hours = 0, minutes = 0) =>
  new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hours, minutes))

export function planIcs(plan: Plan, options: IcsOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: {company: 'studypack', product: 'plan', language: 'EN'},
    method: ICalCalendarMethod.PUBLISH,
  })
  const time = options.time ? parseTime(options.time) : null
  for (const day of plan.days.filter((each) => each.kind !== 'rest' && each.kind !== 'free')) {
    const description = tasksOf(day, plan.cardCount)
      .map((line) => `• ${line}`)
      .join('\n')
    const start = time ? wallClock(day.date, time.hours, time.minutes) : wallClock(day.date)
    const end = time ? new Date(start.getTime() + Math.max(day.minutes, 15) * 60_000) : wallClock(day.date, 24)
    calendar.createEvent({
      id: uidOf(options.guide, options.pack, day.date),
      start,
      end,
      allDay: !time,
      floating: Boolean(time),
      summary: summaryOf(day),
      description,
      stamp: options.stamp,
    })
  }
  return calendar.toString()
}
