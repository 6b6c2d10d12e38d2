/**
 * Where a run's time goes (`build --profile`): spans of named phases, each
 * timed from the process's start, per document or for the run as a whole.
 * Documents run side by side, so spans overlap: the table gives each phase's
 * own time and the wall-clock window it was seen in.
 */

export interface Span {
  /** The document the phase worked for, or "run" for the run's own phases. */
  owner: string
  phase: string
  /** Milliseconds since the process started. */
  start: number
  ms: number
}

export interface Profile {
  /** Time `work` as one span of `phase` for `owner`. */
  time<T>(owner: string, phase: string, work: () => Promise<T>): Promise<T>
  /** Record a span that has already happened (from `start` to `end`, in performance.now() time; `end` defaults to now). */
  since(owner: string, phase: string, start: number, end?: number): void
  spans(): Span[]
}

/** A profile that records nothing: the default, so that timing costs nothing unless asked for. */
export const NO_PROFILE: Profile = {
  time: (_owner, _phase, work) => work(),
  since: () => {},
  spans: () => [],
}

export function createProfile(): Profile {
  const spans: Span[] = []
  const since = (owner: string, phase: string, start: number, end = performance.now()) =>
    void spans.push({owner, phase, start, ms: end - start})
  return {
    async time(owner, phase, work) {
      const start = performance.now()
      try {
        return await work()
      } finally {
        since(owner, phase, start)
      }
    },
    since,
    spans: () => [...spans],
  }
}

export interface PhaseRow {
  owner: string
  phase: string
  count: number
  /** The sum of its spans' own times. */
  ms: number
  /** First start and last end, in ms since the process started. */
  from: number
  to: number
}

/** Spans summed by owner and phase, in the order each phase was first seen. */
export function phaseRows(spans: Span[]): PhaseRow[] {
  const rows = new Map<string, PhaseRow>()
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const key = `${span.owner}\u0000${span.phase}`
    const row = rows.get(key) ?? {owner: span.owner, phase: span.phase, count: 0, ms: 0, from: span.start, to: 0}
    row.count++
    row.ms += span.ms
    row.to = Math.max(row.to, span.start + span.ms)
    rows.set(key, row)
  }
  return [...rows.values()]
}

const ms = (value: number) => `${Math.round(value)}`.padStart(6)

/** The table `--profile` prints: one line per document and phase. */
export function profileTable(spans: Span[], totalMs: number): string {
  const rows = phaseRows(spans)
  const width = Math.max(14, ...rows.map((row) => row.owner.length))
  const phaseWidth = Math.max(20, ...rows.map((row) => row.phase.length + (row.count > 1 ? 5 : 0)))
  const lines = [`${'document'.padEnd(width)}  ${'phase'.padEnd(phaseWidth)}  ${'ms'.padStart(6)}    from –   to`]
  for (const row of rows) {
    const phase = row.count > 1 ? `${row.phase} ×${row.count}` : row.phase
    lines.push(
      `${row.owner.padEnd(width)}  ${phase.padEnd(phaseWidth)}  ${ms(row.ms)}  ${ms(row.from)} – ${ms(row.to)}`,
    )
  }
  lines.push(`${'total'.padEnd(width)}  ${'wall clock'.padEnd(phaseWidth)}  ${ms(totalMs)}`)
  return lines.join('\n')
}
