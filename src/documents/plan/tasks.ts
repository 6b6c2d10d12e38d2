/**
 * A plan day in words: the same sentences in plan.ics, `studypack list
 * --plan` and plan.pdf, so the three never disagree about what a day holds.
 */
import {WEEKDAY_NAMES} from './dates.js'
import {ranges, type Mock, type MockKind, type Plan, type PlanDay, type Reading} from './schedule.js'

export const MOCK_TITLES: Record<MockKind, string> = {
  behavioral: 'Behavioral mock: STAR practice',
  design: 'System-design rehearsal',
  coding: 'Coding session',
}

const MOCK_HOW: Record<MockKind, string> = {
  behavioral: 'tell each story aloud in Situation, Task, Action, Result, two minutes each',
  design: 'design one system end to end aloud, on paper, in 45 minutes',
  coding: 'solve under a timer, talking through your approach',
}

const page = (reading: Reading) => (reading.page === null ? '' : ` (p. ${reading.page})`)

/** A day's reading grouped by the top-level section it belongs to: "Part: A (p. 3), B (p. 4)". */
export function readingGroups(reading: Reading[]): Array<{parent: string | null; items: Reading[]}> {
  const groups: Array<{parent: string | null; items: Reading[]}> = []
  for (const item of reading) {
    const last = groups[groups.length - 1]
    if (last && last.parent === item.parent) last.items.push(item)
    else groups.push({parent: item.parent, items: [item]})
  }
  return groups
}

export function readingText(reading: Reading[]): string {
  return readingGroups(reading)
    .map(
      (group) =>
        `${group.parent ? `${group.parent}: ` : ''}${group.items.map((item) => `${item.title}${page(item)}`).join(', ')}`,
    )
    .join('; ')
}

const cardsText = (numbers: number[], total: number) =>
  `${numbers.length === 1 ? 'card' : 'cards'} ${ranges(numbers)} of ${total}`

const mockText = (mock: Mock, total: number) =>
  `${MOCK_TITLES[mock.kind]}: ${MOCK_HOW[mock.kind]}${mock.cards.length ? ` (${cardsText(mock.cards, total)})` : ''}`

/** The day's tasks, one line each, in the order to do them. */
export function tasksOf(day: PlanDay, total: number): string[] {
  const lines: string[] = []
  if (day.kind === 'interview') return ['Interview day: go through checklist.pdf, nothing new']
  if (day.reading.length) lines.push(`Read ${readingText(day.reading)}`)
  if (day.learn.length) lines.push(`Learn ${cardsText(day.learn, total)}`)
  if (day.review.length)
    lines.push(`${day.kind === 'eve' ? 'Light review of' : 'Review'} ${cardsText(day.review, total)}`)
  if (day.mock) lines.push(mockText(day.mock, total))
  if (day.checklist) lines.push('Go through checklist.pdf and get ready for tomorrow')
  if (day.kind === 'free') lines.push('Free: catch up on anything left over')
  if (day.kind === 'rest') lines.push('Rest day')
  return lines
}

/** A short title for the day, as a calendar shows it. */
export function summaryOf(day: PlanDay): string {
  if (day.kind === 'interview') return 'Interview day'
  if (day.kind === 'eve') return 'Interview tomorrow: light review and checklist'
  if (day.mock) return MOCK_TITLES[day.mock.kind]
  const parts = [
    day.reading.length ? `read ${day.reading.length} section${day.reading.length === 1 ? '' : 's'}` : '',
    day.learn.length ? `learn ${day.learn.length} card${day.learn.length === 1 ? '' : 's'}` : '',
    day.review.length ? `review ${day.review.length}` : '',
  ]
  const said = parts.filter(Boolean).join(', ')
  return said ? `Study: ${said}` : 'Study'
}

const WEEKDAY_SHORT = WEEKDAY_NAMES.map((name) => name.slice(0, 3))

/** The whole plan as text, one paragraph per day: for `studypack list --plan`. */
export function planText(plan: Plan, label: string): string {
  const head = [
    `Study plan for ${label}: ${plan.start} to the interview on ${plan.interview}, ${plan.minutesPerDay} minutes a day, ${plan.cardCount} cards`,
  ]
  if (plan.compressed) head.push(`Compressed: ${plan.notes.join('; ')}`)
  const days = plan.days.map((day) => {
    const lines = tasksOf(day, plan.cardCount)
    const first = `${WEEKDAY_SHORT[day.weekday]} ${day.date}${day.minutes ? `  ${day.minutes} min` : ''}`
    return [first, ...lines.map((line) => `  - ${line}`)].join('\n')
  })
  return [...head, '', ...days].join('\n')
}
