/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that a day
 * is always 24 hours: the plan speaks of days, never of clock times, and a
 * daylight-saving change must not move a study day.
 */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date written YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const match = ISO_DATE.exec(text.trim())
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? text.trim()
    : null
}

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10)

export const addDays = (iso: string, days: number) => fromTime(toTime(iso) + days * DAY_MS)

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: string, b: string) => Math.round((toTime(b) - toTime(a)) / DAY_MS)

/** 0 for Sunday, as Date.getUTCDay. */
export const weekdayOf = (iso: string) => new Date(toTime(iso)).getUTCDay()

/** The local calendar date of a moment: "today" is the user's today, not UTC's. */
export function localDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
}

/** Every date from first to last, both included. */
export function datesFrom(first: string, last: string): string[] {
  return Array.from({length: Math.max(0, daysBetween(first, last) + 1)}, (_, index) => addDays(first, index))
}
