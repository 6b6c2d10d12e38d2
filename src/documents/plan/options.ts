/**
 * The plan's options, as specs: each value is checked by its schema wherever
 * it comes from (the command line today; config files and front matter read
 * the same specs), and the ones that depend on each other are checked
 * together by planSettings, which the build config calls before any work. A
 * date in the past or a bad weekday stops the command with a usage error
 * (exit 2) before the guide is read. Without --interview-date or --days
 * there is no plan.
 */
import {z} from 'zod'
import {type OptionValues, option} from '../../config/options.js'
import {UsageError} from '../../core/errors.js'
import {WEEKDAY_NAMES, WEEKDAYS, addDays, daysBetween, localDate, parseDate} from './dates.js'
import {parseTime} from './ics.js'
import {DEFAULT_STUDY_MINUTES} from './schedule.js'

/** A real date, YYYY-MM-DD, not before today (the user's local today, when the options are read). */
const comingDate = z
  .union([z.string(), z.date().transform((date) => date.toISOString().slice(0, 10))])
  .transform((text, ctx) => {
    // A YAML date (front matter, a config file) arrives as a Date at midnight UTC.
    const date = parseDate(text)
    const today = localDate(new Date())
    if (!date) ctx.addIssue({code: 'custom', message: 'takes a date written YYYY-MM-DD, such as 2026-12-20'})
    else if (daysBetween(today, date) < 0) ctx.addIssue({code: 'custom', message: `is in the past (today is ${today})`})
    else return date
    return z.NEVER
  })

/** "sun", "Sat, Sun", "sunday", "su": weekday names, or any start of one that names only it. 0 is Sunday. */
export function parseRestDays(text: string): number[] | null {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const days = names.map((name) => {
    const matches = WEEKDAY_NAMES.flatMap((day, index) => (day.toLowerCase().startsWith(name) ? [index] : []))
    return matches.length === 1 ? matches[0]! : -1
  })
  if (days.includes(-1)) return null
  return [...new Set(days)].sort()
}

export const PLAN_OPTIONS = {
  'interview-date': option({
    type: 'string',
    schema: comingDate.optional(),
    describe: 'Interview date, YYYY-MM-DD: adds plan.pdf and plan.ics (a day-by-day study plan) to each pack',
  }),
  days: option({
    type: 'number',
    schema: z
      .number({error: 'takes a whole number of days'})
      .int('takes a whole number of days')
      .min(0, 'takes a whole number of days from 0')
      .optional(),
    describe: 'Or: the interview is this many days after the start',
  }),
  'study-minutes': option({
    type: 'number',
    schema: z
      .number({error: 'takes whole minutes'})
      .int('takes whole minutes')
      .min(10, 'takes whole minutes from 10 to 720')
      .max(720, 'takes whole minutes from 10 to 720')
      .optional(),
    defaultDescription: String(DEFAULT_STUDY_MINUTES),
    describe: 'Study minutes a day the plan fills',
  }),
  'rest-days': option({
    type: 'string',
    schema: z
      .string()
      .transform((text, ctx) => {
        const days = parseRestDays(text)
        if (days && days.length < 7) return days
        ctx.addIssue({
          code: 'custom',
          message: days ? 'cannot rest every day of the week' : `takes weekdays such as ${WEEKDAYS[0]} or sat,sun`,
        })
        return z.NEVER
      })
      .optional(),
    defaultDescription: 'none',
    describe: 'Weekdays without study in the plan, comma-separated, such as sun or sat,sun',
  }),
  start: option({
    type: 'string',
    schema: comingDate.optional(),
    defaultDescription: 'today',
    describe: 'First day of the study plan, YYYY-MM-DD',
  }),
  'study-time': option({
    type: 'string',
    schema: z
      .string()
      .trim()
      .refine((text) => parseTime(text) !== null, 'takes a 24-hour time HH:MM, such as 19:00')
      .optional(),
    defaultDescription: 'all-day events',
    describe: 'Start time of the study events in plan.ics, HH:MM',
  }),
}

export type PlanOptions = Partial<OptionValues<typeof PLAN_OPTIONS>>

export interface PlanSettings {
  start: string
  interview: string
  minutes: number
  /** 0 = Sunday. */
  restDays: number[]
  /** "HH:MM", or undefined for all-day events. */
  time?: string
}

/**
 * The plan's settings from its validated options, or null when no interview
 * date was given. `today` is the date the start defaults to.
 */
export function planSettings(options: PlanOptions, today: string = localDate(new Date())): PlanSettings | null {
  const hasDate = options['interview-date'] !== undefined
  const hasDays = options.days !== undefined
  if (!hasDate && !hasDays) {
    const shaping = (['study-minutes', 'rest-days', 'start', 'study-time'] as const).find(
      (name) => options[name] !== undefined,
    )
    if (shaping) throw new UsageError(`--${shaping} shapes the study plan: give --interview-date or --days too`)
    return null
  }
  if (hasDate && hasDays) throw new UsageError('--interview-date and --days say the same thing: give one of them')
  const start = options.start ?? today
  const interview = options['interview-date'] ?? addDays(start, options.days!)
  if (daysBetween(start, interview) < 0)
    throw new UsageError(`--interview-date ${interview} is before --start ${start}`)
  const settings: PlanSettings = {
    start,
    interview,
    minutes: options['study-minutes'] ?? DEFAULT_STUDY_MINUTES,
    restDays: options['rest-days'] ?? [],
  }
  return options['study-time'] ? {...settings, time: options['study-time']} : settings
}
