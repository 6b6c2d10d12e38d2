/**
 * The points of an answer set as headings of the question's own depth. A
 * guide that numbers its question headings ("### 12. What is …?") often
 * writes the answer's parts one level too high: "### Key ideas", "### Why it
 * matters?", "### Summary" between question 12 and question 13. The numbered
 * series is the questions; the other headings among them (unnumbered, or
 * numbered afresh in another shape), which mostly do not ask, are the points
 * of the numbered question above them, up to the next member of its series:
 * its answer, not questions or sections of their own.
 */

export interface Sibling<S> {
  section: S
  /** Its shape among its siblings: depth and numbering ("h3 numbered"). */
  shape: string
  /** Whether it is numbered at all ("12.", "Q12:"). */
  numbered: boolean
  /** It asks by itself. */
  asks: boolean
  /** It was decided a question. */
  question: boolean
  /** It names what it holds ("Practice questions") or holds questions of its own: never a point. */
  chapter: boolean
}

/** Fewer numbered questions than this and the run is no series for its points to be read against. */
const MIN_QUESTIONS = 3

/** The numbered shape most of the run's questions have, when there is one. */
function questionShape<S>(siblings: Sibling<S>[]): string | undefined {
  const counts = new Map<string, number>()
  for (const one of siblings) if (one.question && one.numbered) counts.set(one.shape, (counts.get(one.shape) ?? 0) + 1)
  const [shape, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? []
  const questions = siblings.filter((one) => one.question).length
  return shape !== undefined && count! >= MIN_QUESTIONS && count! * 3 >= questions * 2 ? shape : undefined
}

/** Per numbered question of a run of siblings, the siblings of other shapes after it that are points of its answer. */
export function answerPoints<S>(siblings: Sibling<S>[]): Map<S, S[]> {
  const points = new Map<S, S[]>()
  const shape = questionShape(siblings)
  if (shape === undefined) return points
  const others = siblings.filter((one) => one.shape !== shape)
  // Other headings that ask by themselves as often as a third of the time are questions beside the numbered ones.
  if (others.length === 0 || others.filter((one) => one.asks).length * 3 >= others.length) return points
  let owner: S | undefined
  for (const one of siblings) {
    if (one.chapter || one.shape === shape) owner = one.shape === shape && one.question ? one.section : undefined
    else if (owner !== undefined) points.set(owner, [...(points.get(owner) ?? []), one.section])
  }
  return points
}
