import ICAL from 'ical.js'
import {describe, expect, it} from 'vitest'
import {planIcs, parseTime, uidOf} from '../../../../src/documents/plan/ics.js'
import {schedule, type PlanCard, type PlanSection} from '../../../../src/documents/plan/schedule.js'

const sections: PlanSection[] = Array.from({length: 8}, (_, index) => ({
  slug: `s${index}`,
  title: `Topic ${index}, part; one`,
  parent: 'Part',
  words: 500 + index * 200,
  page: 3 + index,
  focus: false,
}))
const cards: PlanCard[] = Array.from({length: 30}, (_, index) => ({
  number: index + 1,
  section: `s${index % 8}`,
  kind: ['technical', 'behavioral', 'design', 'coding'][index % 4]!,
}))

const plan = (start = '2026-12-01', minutes = 60) =>
  schedule({sections, cards, start, interview: '2026-12-22', minutes, restDays: [0]})
const options = {
  guide: 'My Guide',
  pack: 'ml-engineer',
  name: 'Study plan',
  stamp: new Date(Date.UTC(2026, 10, 30, 12)),
}

/** Every VEVENT, read back by ical.js, an independent RFC 5545 parser. */
function events(text: string) {
  const root = new ICAL.Component(ICAL.parse(text))
  expect(root.name).toBe('vcalendar')
  expect(root.getFirstPropertyValue('version')).toBe('2.0')
  expect(String(root.getFirstPropertyValue('prodid'))).toContain('studypack')
  return root.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      start: event.startDate,
      end: event.endDate,
      summary: event.summary,
      description: event.description,
      stamp: component.getFirstPropertyValue('dtstamp'),
    }
  })
}

describe('plan.ics', () => {
  it('has one all-day event per day with something to do, the tasks in its description', () => {
    const made = plan()
    const parsed = events(planIcs(made, options))
    const busy = made.days.filter((day) => day.kind !== 'rest' && day.kind !== 'free')
    expect(parsed.map((event) => event.start.toString())).toEqual(busy.map((day) => day.date))
    for (const [index, event] of parsed.entries()) {
      expect(event.start.isDate).toBe(true)
      expect(event.end.toString()).toBe(
        new Date(Date.parse(`${busy[index]!.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      )
      expect(event.summary.length).toBeGreaterThan(0)
      expect(event.uid).toBe(uidOf('My Guide', 'ml-engineer', busy[index]!.date))
    }
    const reading = parsed.find((event) => event.description.includes('Read'))!
    // Commas and semicolons in section titles survive the text escaping.
    expect(reading.description).toContain('Topic 0, part; one (p. 3)')
    expect(parsed.at(-1)!.summary).toBe('Interview day')
    expect(parsed.at(-2)!.description).toContain('checklist.pdf')
  })

  it('keeps the dates and UIDs of the same days across rebuilds, whatever else changes', () => {
    const first = events(planIcs(plan(), options))
    const again = events(planIcs(plan(), options))
    expect(again.map((event) => [event.uid, event.start.toString()])).toEqual(
      first.map((event) => [event.uid, event.start.toString()]),
    )
    const later = events(planIcs(plan('2026-12-08', 90), {...options, stamp: new Date()}))
    const firstByDate = new Map(first.map((event) => [event.start.toString(), event.uid]))
    for (const event of later)
      if (firstByDate.has(event.start.toString())) expect(event.uid).toBe(firstByDate.get(event.start.toString()))
    expect(new Set(first.map((event) => event.uid)).size).toBe(first.length)
    expect(events(planIcs(plan(), {...options, pack: 'data-scientist'}))[0]!.uid).not.toBe(first[0]!.uid)
  })

  it("writes timed events at --study-time, floating, lasting the day's minutes", () => {
    const made = plan()
    const text = planIcs(made, {...options, time: '19:30'})
    const parsed = events(text)
    const busy = made.days.filter((day) => day.kind !== 'rest' && day.kind !== 'free')
    for (const [index, event] of parsed.entries()) {
      expect(event.start.isDate).toBe(false)
      expect([event.start.hour, event.start.minute]).toEqual([19, 30])
      expect(event.start.zone?.tzid ?? 'floating').toBe('floating')
      expect(event.end.subtractDate(event.start).toSeconds()).toBe(Math.max(busy[index]!.minutes, 15) * 60)
    }
    expect(text).not.toMatch(/DTSTART[^:\n]*:\d{8}T\d{6}Z/)
  })

  it('folds long lines and ends lines with CRLF, as RFC 5545 requires', () => {
    const text = planIcs(plan(), options)
    const lines = text.split('\r\n')
    expect(lines.every((line) => !line.includes('\n'))).toBe(true)
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75)
  })

  it('reads --study-time as a 24-hour clock', () => {
    expect(parseTime('19:00')).toEqual({hours: 19, minutes: 0})
    expect(parseTime('7:05')).toEqual({hours: 7, minutes: 5})
    expect(parseTime('24:00')).toBeNull()
    expect(parseTime('7pm')).toBeNull()
  })
})
