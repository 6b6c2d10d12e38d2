import {describe, expect, it} from 'vitest'
import {UsageError} from '../../../../src/core/errors.js'
import {parseRestDays, planSettings} from '../../../../src/documents/plan/options.js'

const today = '2026-12-01'

describe('plan options', () => {
  it('makes no plan without a date', () => {
    expect(planSettings({}, today)).toBeNull()
    expect(planSettings({'interview-date': '', days: undefined}, today)).toBeNull()
  })

  it('reads the interview date, the start (today by default) and the defaults', () => {
    expect(planSettings({'interview-date': '2026-12-20'}, today)).toEqual({
      start: today,
      interview: '2026-12-20',
      minutes: 60,
      restDays: [],
    })
    expect(
      planSettings(
        {days: 14, start: '2026-12-03', 'study-minutes': 90, 'rest-days': 'sat,Sun', 'study-time': '19:00'},
        today,
      ),
    ).toEqual({
      start: '2026-12-03',
      interview: '2026-12-17',
      minutes: 90,
      restDays: [0, 6],
      time: '19:00',
    })
    expect(planSettings({'interview-date': today}, today)?.interview).toBe(today)
  })

  it('refuses a date in the past, a start after the interview, and nonsense, as usage errors', () => {
    const refused = (args: Record<string, unknown>) => {
      try {
        planSettings(args, today)
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError)
        return (error as Error).message
      }
      throw new Error(`accepted ${JSON.stringify(args)}`)
    }
    expect(refused({'interview-date': '2026-11-30'})).toMatch(/in the past \(today is 2026-12-01\)/)
    expect(refused({'interview-date': '2026-12-10', start: '2026-12-12'})).toMatch(/before --start/)
    expect(refused({'interview-date': '2026-12-10', start: '2026-11-20'})).toMatch(/--start 2026-11-20 is in the past/)
    expect(refused({'interview-date': '20.12.2026'})).toMatch(/YYYY-MM-DD/)
    expect(refused({'interview-date': '2026-02-30'})).toMatch(/YYYY-MM-DD/)
    expect(refused({'interview-date': '2026-12-20', days: 3})).toMatch(/give one/)
    expect(refused({days: -1})).toMatch(/whole number/)
    expect(refused({days: 2.5})).toMatch(/whole number/)
    expect(refused({days: 5, 'study-minutes': 0})).toMatch(/--study-minutes/)
    expect(refused({days: 5, 'study-time': '7pm'})).toMatch(/--study-time/)
    expect(refused({days: 5, 'rest-days': 'funday'})).toMatch(/--rest-days/)
    expect(refused({'rest-days': 'sun'})).toMatch(/give --interview-date or --days too/)
  })

  it('reads rest days by name or an unambiguous start of one', () => {
    expect(parseRestDays('sun')).toEqual([0])
    expect(parseRestDays('Saturday, su')).toEqual([0, 6])
    expect(parseRestDays('mon,mon')).toEqual([1])
    expect(() => parseRestDays('t')).toThrow(UsageError)
    expect(() => parseRestDays('mon,tue,wed,thu,fri,sat,sun')).toThrow(/every day/)
  })
})
