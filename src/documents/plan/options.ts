/**
 * The plan's options: declared once, here, for `build` and `list --plan`, and
 * read into settings before any work, so that a date in the past or a bad
 * weekday stops the command with a usage error (exit 2) before the guide is
 * even read. Without --interview-date or --days there is no plan.
 */
import type {Options} from 'yargs'
import {UsageError} from '../../core/errors.js'
import {addDays, daysBetween, localDate, parseDate, WEEKDAYS, WEEKDAY_NAMES} from './dates.js'
import {parseTime} from './ics.js'
import {DEFAULT_STUDY_MINUTES} from './schedule.js'

export const PLAN_OPTIONS: Record<string, Options> = {
  'interview-date': {type: 'string', describe: 'Interview date, YYYY-MM-DD: adds plan.pdf and plan.ics to each pack'},
  days: {type: 'number', describe: 'Or: the interview is this many days from the start'},
  'study-minutes': {
    type: 'number',
    describe: `Study minutes a day the plan fills (default ${DEFAULT_STUDY_MINUTES})`,
  },
  'rest-days': {type: 'string', describe: 'Weekdays without study, comma-separated: sun or sat,sun (default none)'},
  start: {type: 'string', describe: 'First day of the plan, YYYY-MM-DD (default today)'},
  'study-time': {
    type: 'string',
    describe: 'Start time of the study events in plan.ics, HH:MM (default all-day events)',
  },
}

export interface PlanSettings {
  start: string
  interview: string
  minutes: number
  /** 0 = Sunday. */
  restDays: number[]
  /** "HH:MM", or undefined for all-day events. */
  time?: string
}

const usage = (message: string) => new UsageError(`${message}\nRun "studypack build --help" for usage.`)

function dateOption(name: string, value: unknown): string {
  const date = typeof value === 'string' ? parseDate(value) : null
  if (!date) throw usage(`--${name} takes a date written YYYY-MM-DD, such as 2026-12-20; got "${String(value)}"`)
  return date
}

/** "sun", "Sat, Sun", "sunday", "su": weekday names, or any start of one that names only it. */
export function parseRestDays(text: string): number[] {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const days = names.map((name) => {
    const matches = WEEKDAY_NAMES.flatMap((day, index) => (day.toLowerCase().startsWith(name) ? [index] : []))
    if (matches.length !== 1)
      throw usage(`--rest-days takes weekdays such as ${WEEKDAYS[0]} or ${WEEKDAYS[6]},${WEEKDAYS[0]}; got "${name}"`)
    return matches[0]!
  })
  const unique = [...new Set(days)].sort()
  if (unique.length === 7) throw usage('--rest-days cannot rest every day of the week')
  return unique
}

const given = (value: unknown) => value !== undefined && value !== null && value !== ''

/**
 * The plan's settings from the options, or null when no interview date was
 * given. `today` is the local date the start defaults to and the interview
 * may not be before.
 */
export function planSettings(
  args: Record<string, unknown>,
  today: string = localDate(new Date()),
): PlanSettings | null {
  const hasDate = given(args['interview-date'])
  const hasDays = given(args.days)
  if (!hasDate && !hasDays) {
    for (const name of ['study-minutes', 'rest-days', 'start', 'study-time']) {
      if (given(args[name])) throw usage(`--${name} shapes the study plan: give --interview-date or --days too`)
    }
    return null
  }
  if (hasDate && hasDays) throw usage('--interview-date and --days are two ways to say the same: give one')
  const start = given(args.start) ? dateOption('start', args.start) : today
  if (daysBetween(today, start) < 0) throw usage(`--start ${start} is in the past (today is ${today})`)
  const days = Number(args.days)
  if (hasDays && !(Number.isInteger(days) && days >= 0))
    throw usage(`--days takes a whole number of days from 0; got "${String(args.days)}"`)
  const interview = hasDate ? dateOption('interview-date', args['interview-date']) : addDays(start, days)
  if (daysBetween(today, interview) < 0) throw usage(`--interview-date ${interview} is in the past (today is ${today})`)
  if (daysBetween(start, interview) < 0) throw usage(`--interview-date ${interview} is before --start ${start}`)
  const minutes = given(args['study-minutes']) ? Number(args['study-minutes']) : DEFAULT_STUDY_MINUTES
  if (!(Number.isInteger(minutes) && minutes >= 10 && minutes <= 720)) {
    throw usage(`--study-minutes takes whole minutes from 10 to 720; got "${String(args['study-minutes'])}"`)
  }
  const restDays = given(args['rest-days']) ? parseRestDays(String(args['rest-days'])) : []
  const time = given(args['study-time']) ? String(args['study-time']).trim() : undefined
  if (time !== undefined && !parseTime(time))
    throw usage(`--study-time takes a 24-hour time HH:MM, such as 19:00; got "${time}"`)
  return {start, interview, minutes, restDays, ...(time && {time})}
}
