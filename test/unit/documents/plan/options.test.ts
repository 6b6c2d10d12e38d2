import {describe, expect, it} from 'vitest'
import {readOptions} from '../../../../src/config/build-config.js'
import {UsageError} from '../../../../src/core/errors.js'
import {addDays, localDate} from '../../../../src/documents/plan/dates.js'
import {PLAN_OPTIONS, type PlanOptions, parseRestDays, planSettings} from '../../../../src/documents/plan/options.js'

const today = localDate(new Date())
const inDays = (days: number) => addDays(today, days)

/** The options as a build reads them: each through its spec, then all together. */
const settings = (raw: Record<string, unknown>) => planSettings(readOptions(PLAN_OPTIONS, raw) as PlanOptions, today)

function refused(raw: Record<string, unknown>): string {
  try {
    settings(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`)
}

describe('plan options', () => {
  it('makes no plan without a date', () => {
    expect(settings({})).toBeNull()
  })

  it('reads the interview date, the start (today by default) and the defaults', () => {
    expect(settings({'interview-date': inDays(19)})).toEqual({
      start: today,
      interview: inDays(19),
      minutes: 60,
      restDays: [],
    })
    expect(
      settings({days: 14, start: inDays(2), 'study-minutes': 90, 'rest-days': 'sat,Sun', 'study-time': '19:00'}),
    ).toEqual({start: inDays(2), interview: inDays(16), minutes: 90, restDays: [0, 6], time: '19:00'})
    expect(settings({'interview-date': today})?.interview).toBe(today)
    expect(settings({days: 0})?.interview).toBe(today)
  })

  it('refuses a date in the past, a start after the interview, and nonsense, as usage errors', () => {
    expect(refused({'interview-date': inDays(-1)})).toMatch(/^--interview-date is in the past \(today is /)
    expect(refused({'interview-date': inDays(9), start: inDays(11)})).toMatch(/before --start/)
    expect(refused({'interview-date': inDays(9), start: inDays(-3)})).toMatch(/^--start is in the past/)
    expect(refused({'interview-date': '20.12.2026'})).toMatch(/YYYY-MM-DD/)
    expect(refused({'interview-date': '2030-02-30'})).toMatch(/YYYY-MM-DD/)
    expect(refused({'interview-date': inDays(9), days: 3})).toMatch(/give one of them/)
    expect(refused({days: -1})).toMatch(/whole number of days/)
    expect(refused({days: 2.5})).toMatch(/whole number of days/)
    expect(refused({days: 5, 'study-minutes': 0})).toMatch(/--study-minutes/)
    expect(refused({days: 5, 'study-time': '7pm'})).toMatch(/--study-time/)
    expect(refused({days: 5, 'rest-days': 'funday'})).toMatch(/--rest-days takes weekdays/)
    expect(refused({days: 5, 'rest-days': 'mon,tue,wed,thu,fri,sat,sun'})).toMatch(/every day/)
    expect(refused({'rest-days': 'sun'})).toMatch(/give --interview-date or --days too/)
  })

  it('reads rest days by name or an unambiguous start of one', () => {
    expect(parseRestDays('sun')).toEqual([0])
    expect(parseRestDays('Saturday, su')).toEqual([0, 6])
    expect(parseRestDays('mon,mon')).toEqual([1])
    expect(parseRestDays('t')).toBeNull()
  })
})
