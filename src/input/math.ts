/**
 * `$$` as GitBook pairs it. remark-math opens display math at any line that
 * starts with `$$` and closes it only at a line that is nothing but `$$`, so
 * a book written for GitBook, where `$$` delimiters simply pair off in order
 * ("… value,$$⏎formula⏎$$", "$$ $$" closing one formula and opening the
 * next), parses from the first odd `$$` on as one formula, headings and all.
 * Here the delimiters of a text are paired first as GitBook does: in order,
 * outside code, an inline pair never across a blank line, no pair across a
 * heading. A line may open
 * display math only where such a pair opens alone on its line and closes
 * alone on a later one; every other `$$` is left to inline math, which pairs
 * within its paragraph. Lines stay where they are.
 */

const FENCE = /^[ \t>]*(`{3,}|~{3,})/
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/
const blank = (line: string) => /^[\s>]*$/.test(line)
/** Nothing before a delimiter on its line but indentation, quote marks and a list marker. */
const lineStart = (before: string) => /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?$/.test(before)

/** The `$$` delimiters of a line outside code spans and escapes: where each starts and ends. */
function dollarRuns(line: string): Array<{start: number; end: number}> {
  const runs: Array<{start: number; end: number}> = []
  for (let at = 0; at < line.length; at++) {
    const char = line[at]
    if (char === '\\') {
      at++
      continue
    }
    if (char === '`') {
      let end = at
      while (line[end + 1] === '`') end++
      const ticks = line.slice(at, end + 1)
      const close = line.indexOf(ticks, end + 1)
      at = close < 0 ? end : close + ticks.length - 1
      continue
    }
    if (char !== '$') continue
    let end = at
    while (line[end + 1] === '$') end++
    // "$$$$" is one formula closing and the next opening, as GitBook reads it.
    for (let from = at; from + 1 <= end; from += 2) runs.push({start: from, end: from + 2})
    at = end
  }
  return runs
}

/** Where display math may open in `text`: the opening line of every `$$` pair alone on both its lines. */
export function displayMathLines(text: string): Set<number> {
  const lines = new Set<number>()
  let open: {line: number; alone: boolean} | null = null
  let fence: string | null = null
  for (const [index, line] of text.split('\n').entries()) {
    const ticks = FENCE.exec(line)?.[1]
    if (fence !== null) {
      if (ticks && ticks[0] === fence[0] && ticks.length >= fence.length) fence = null
      continue
    }
    if (ticks) {
      fence = ticks
      continue
    }
    if (blank(line)) {
      if (open && !open.alone) open = null
      continue
    }
    // No formula holds a heading: what is open before one stays text (and a chunk cut there parses the same).
    if (HEADING.test(line)) {
      open = null
      continue
    }
    for (const run of dollarRuns(line)) {
      const alone = lineStart(line.slice(0, run.start)) && line.slice(run.end).trim() === ''
      if (!open) open = {line: index + 1, alone}
      else {
        if (open.alone && alone) lines.add(open.line)
        open = null
      }
    }
  }
  return lines
}

interface Construct {
  name?: string
  tokenize: (
    this: {now: () => {line: number}},
    effects: unknown,
    ok: unknown,
    nok: (code: unknown) => unknown,
  ) => unknown
}

/** remark-math's display math, tried only on `lines`. */
function paired(construct: Construct, lines: Set<number>): Construct {
  return {
    ...construct,
    tokenize(effects, ok, nok) {
      if (!lines.has(this.now().line)) return (code: unknown) => nok(code)
      return construct.tokenize.call(this, effects, ok, nok)
    },
  }
}

/**
 * A unified plugin, used after remark-math in the processor that parses one
 * text: its display math opens only on `lines` (displayMathLines of that text).
 */
export default function remarkMathPairs(
  this: {data: () => {micromarkExtensions?: unknown[]}},
  options: {lines: Set<number>},
) {
  const extensions = (this.data().micromarkExtensions ?? []) as Array<{flow?: Record<number, unknown>}>
  for (const [index, extension] of extensions.entries()) {
    const flow = extension.flow?.[36] as Construct | undefined
    if (flow?.name !== 'mathFlow') continue
    extensions[index] = {...extension, flow: {...extension.flow, 36: paired(flow, options.lines)}}
  }
}
