/**
 * End to end, the study plan of the bundled guide: built by the CLI with the
 * guide it cites, read back from plan.pdf (pages, every card number, every
 * section once with guide.pdf's page), plan.ics read back by ical.js, the
 * same plan as `list --plan --json`, and the usage errors that stop a build
 * before any work.
 */
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ICAL from 'ical.js'
import {beforeAll, describe, expect, it} from 'vitest'
import {addDays, localDate} from '../../src/documents/plan/dates.js'
import type {Plan} from '../../src/documents/plan/schedule.js'
import {deckOf} from '../../src/documents/cards/deck.js'
import {focusOf, materialOf} from '../../src/documents/plan/material.js'
import {metaOf} from '../../src/run/build.js'
import {selectGuide} from '../../src/select/sections.js'
import {studypack, type CliResult} from '../helpers/cli.js'
import {bundledStudy} from '../helpers/guide.js'
import {readPdf} from '../helpers/pdf.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-plan-'))
const today = localDate(new Date())
const threeWeeks = addDays(today, 21)
const sixWeeks = addDays(today, 42)
const study = await bundledStudy()
const pack = {role: 'ml-engineer', domains: null, folder: 'ml-engineer'}
const selected = selectGuide(study.guide, study.tags, pack)
const deck = deckOf(selected, study.tags.effective, metaOf(study, pack, 'a4'))
const material = materialOf(selected, study.tags.effective, focusOf(study.content.manifest, 'ml-engineer'), deck)

/** PDF text without the line breaks, hyphens and spaces that layout adds. */
const squash = (text: string) => text.replace(/[\s\u00ad\u2010\u202f\u00a0-]+/g, '')

/** "1–4, 7" → 1, 2, 3, 4, 7. */
function expand(text: string): number[] {
  return text.split(',').flatMap((part) => {
    const [from, to] = part.trim().split('–').map(Number)
    return Number.isInteger(from) ? Array.from({length: (to ?? from!) - from! + 1}, (_, index) => from! + index) : []
  })
}

function icsEvents(file: string) {
  const root = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')))
  return root.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      date: event.startDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
    }
  })
}

let built: CliResult
let rebuilt: CliResult
let listed: CliResult

beforeAll(async () => {
  const common = [
    'build',
    '-r',
    'mle',
    '--only',
    'guide',
    '--only',
    'plan',
    '--start',
    today,
    '--rest-days',
    'sun',
    '--quiet',
  ]
  built = await studypack([...common, '--interview-date', threeWeeks, '--out', path.join(out, 'a')])
  // The same plan made again, and a six-week one: what a user re-importing would do.
  rebuilt = await studypack([...common, '--interview-date', threeWeeks, '--out', path.join(out, 'b')])
  await studypack([...common, '--interview-date', sixWeeks, '--out', path.join(out, 'six'), '--study-time', '19:00'])
  listed = await studypack([
    'list',
    '--plan',
    '--json',
    '-r',
    'mle',
    '--start',
    today,
    '--rest-days',
    'sun',
    '--interview-date',
    threeWeeks,
  ])
}, 600_000)

describe('plan of a three-week run to the interview', () => {
  const file = (name: string, run = 'a') => path.join(out, run, 'ml-engineer', name)

  it('builds without a warning and writes plan.pdf and plan.ics beside the guide', () => {
    expect(built.stderr).toBe('')
    expect(built.code).toBe(0)
    expect(existsSync(file('plan.pdf'))).toBe(true)
    expect(existsSync(file('plan.ics'))).toBe(true)
  })

  it("prints on two pages every card number and every section once, with guide.pdf's page", async () => {
    const plan = await readPdf(file('plan.pdf'))
    expect(plan.pages.length).toBeLessThanOrEqual(2)
    const text = plan.pages.join('\n')
    const numbers = [...text.matchAll(/(?:new|rev)\s+([\d–,\s]+)/g)].flatMap((match) => expand(match[1]!))
    expect(new Set(numbers)).toEqual(new Set(deck.cards.map((card) => card.number)))
    const guide = await readPdf(file('guide.pdf'))
    const flatText = squash(text)
    for (const section of material.sections) {
      const bookmark = guide.outline.find((entry) => entry.title === section.title && entry.depth > 0)
      expect(bookmark, section.title).toBeDefined()
      const cited = `${squash(section.title)}p.${bookmark!.page}`
      expect(flatText.split(cited).length - 1, section.title).toBe(1)
    }
    expect(text).toMatch(/Interview day/)
  })

  it('says the same as `list --plan --json`, and plan.ics has one event per day with work', () => {
    expect(listed.code).toBe(0)
    const plan = JSON.parse(listed.stdout) as Plan
    expect(plan.compressed).toBe(false)
    expect(plan.days.at(-1)!.date).toBe(threeWeeks)
    const working = plan.days.filter((day) => day.kind !== 'rest' && day.kind !== 'free')
    const events = icsEvents(file('plan.ics'))
    expect(events.map((event) => event.date)).toEqual(working.map((day) => day.date))
    expect(events.every((event) => event.allDay)).toBe(true)
    expect(plan.days.flatMap((day) => day.learn).sort((a, b) => a - b)).toEqual(deck.cards.map((card) => card.number))
    for (const card of deck.cards)
      expect(plan.days.filter((day) => day.review.includes(card.number)).length).toBeGreaterThanOrEqual(2)
  })

  it('keeps dates and UIDs across rebuilds', () => {
    expect(rebuilt.code).toBe(0)
    const first = icsEvents(file('plan.ics'))
    const again = icsEvents(file('plan.ics', 'b'))
    expect(again.map((event) => [event.date, event.uid])).toEqual(first.map((event) => [event.date, event.uid]))
    const six = new Map(icsEvents(file('plan.ics', 'six')).map((event) => [event.date, event.uid]))
    for (const event of first) expect(six.get(event.date) ?? event.uid).toBe(event.uid)
  })

  it('fits six weeks on two pages, and times the events at --study-time', async () => {
    const plan = await readPdf(file('plan.pdf', 'six'))
    expect(plan.pages.length).toBeLessThanOrEqual(2)
    const ics = readFileSync(file('plan.ics', 'six'), 'utf8')
    expect(ics).toMatch(/DTSTART:\d{8}T190000\r\n/)
  })
})

describe('plan usage', () => {
  it('refuses a date in the past with exit 2, before reading anything', async () => {
    const result = await studypack([
      'build',
      '-r',
      'mle',
      '--content',
      path.join(out, 'no-such-guide'),
      '--interview-date',
      addDays(today, -1),
      '--out',
      path.join(out, 'past'),
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/in the past/)
    expect(existsSync(path.join(out, 'past'))).toBe(false)
  })

  it('warns of a compressed plan and still makes it', async () => {
    const result = await studypack([
      'build',
      '-r',
      'mle',
      '--only',
      'plan',
      '--days',
      '1',
      '--out',
      path.join(out, 'tight'),
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/warning: .*plan\.pdf: compressed plan/)
    expect(existsSync(path.join(out, 'tight', 'ml-engineer', 'plan.ics'))).toBe(true)
    // Without guide.pdf in the build the plan lays the guide out itself: the same page numbers.
    const tight = squash((await readPdf(path.join(out, 'tight', 'ml-engineer', 'plan.pdf'))).pages.join('\n'))
    const guide = await readPdf(path.join(out, 'a', 'ml-engineer', 'guide.pdf'))
    for (const section of material.sections) {
      const bookmark = guide.outline.find((entry) => entry.title === section.title && entry.depth > 0)!
      expect(tight, section.title).toContain(`${squash(section.title)}p.${bookmark.page}`)
    }
  })

  it("takes the date from the guide's front matter too, checked the same way", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-plan-fm-'))
    const guide = (date: string) =>
      `---\ninterview-date: ${date}\nstudy-minutes: 45\n---\n# My notes\n\n## Models\n\nHow I would explain a model.\n\n- What is overfitting?\n- How does dropout help?\n`
    writeFileSync(path.join(dir, 'notes.md'), guide(addDays(today, 5)))
    const made = await studypack([
      'build',
      path.join(dir, 'notes.md'),
      '--only',
      'plan',
      '-o',
      path.join(dir, 'out'),
      '-q',
    ])
    expect(made.code).toBe(0)
    const events = icsEvents(path.join(dir, 'out', 'all', 'plan.ics'))
    expect(events.at(-1)!.date).toBe(addDays(today, 5))
    writeFileSync(path.join(dir, 'notes.md'), guide(addDays(today, -5)))
    const past = await studypack(['build', path.join(dir, 'notes.md'), '--only', 'plan', '-o', path.join(dir, 'past')])
    expect(past.code).toBe(2)
    expect(past.stderr).toMatch(/interview-date is in the past/)
  })

  it('prints the plan as text', async () => {
    const result = await studypack(['list', '--plan', '-r', 'mle', '--days', '10'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Study plan for ML Engineer: /)
    expect(result.stdout).toMatch(/Learn cards 1–/)
  })
})
