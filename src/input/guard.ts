/**
 * The parser guard. micromark's time grows with the square of some inputs no
 * real guide has: containers nested thousands deep, and thousands of unclosed
 * delimiter runs (`*a`, `~a`, `[a](`, `<a`) in one paragraph; and every walk
 * of the tree after it (remark plugins, mdast → hast, sanitizing, HTML output)
 * is recursive, so a deep tree overflows the stack. Before micromark sees the
 * text, this cuts what lies beyond fixed limits: the marker that would open a
 * container, tag or run past its limit is escaped and prints as text. Lines
 * stay where they were, so positions in later warnings still hold, and every
 * cut is reported with its line. The scan is one pass, linear in the text.
 */

import {warning, type Message} from '../core/messages.js'

export interface GuardLimits {
  /** Lists and block quotes, one inside another. */
  depth: number
  /** Raw HTML elements (`<details>`, `<div>`…), one inside another, across the whole file. */
  html: number
  /** Delimiter runs of one kind (`*`, `_`, `~`, unmatched backticks, `[`, `]`, `<`) in one paragraph. */
  runs: number
}

export const GUARD_LIMITS: GuardLimits = {depth: 32, html: 32, runs: 200}

export interface GuardCut {
  kind: 'depth' | 'html' | 'runs'
  /** 1-based line of the first cut of this kind. */
  line: number
  count: number
  /** For runs: the delimiter characters that were cut. */
  marks: string[]
}

export interface Guarded {
  text: string
  cuts: GuardCut[]
}

type Container = {kind: 'quote'} | {kind: 'item'; indent: number}

const FENCE = /^ {0,3}(`{3,}|~{3,}|\${2,})(.*)$/
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*>/y
/** The HTML blocks of CommonMark: raw text elements, comments and the like, block-level tags, or a lone complete tag. */
const HTML_START = new RegExp(
  [
    '^ {0,3}(?:<(?:script|pre|style|textarea)(?:[\\s>]|$)|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[',
    '|</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\\s/>]|$)',
    '|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>\\s*$)',
  ].join(''),
  'i',
)
const PUNCTUATION = /[!-/:-@[-`{-~]/
/** Elements that hold nothing, or whose end tag the HTML parser supplies: they never nest deep. */
const FLAT = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rb rt rp'.split(
    ' ',
  ),
)

/** A line read from a column on: its text, where we are, and the column we are at (tabs stop every 4). */
class Cursor {
  index = 0
  column = 0
  /** Index of the line's last character that is not white space (-1 when blank). */
  private readonly last: number
  constructor(readonly line: string) {
    this.last = line.trimEnd().length - 1
  }

  /** Columns of white space ahead, without moving. */
  indent(): number {
    let column = this.column
    for (let at = this.index; at < this.line.length; at++) {
      const char = this.line[at]
      if (char === ' ') column++
      else if (char === '\t') column += 4 - (column % 4)
      else break
    }
    return column - this.column
  }

  /** Move over white space up to `column`. */
  skipTo(column: number): void {
    while (this.column < column && (this.line[this.index] === ' ' || this.line[this.index] === '\t')) {
      this.column += this.line[this.index] === '\t' ? 4 - (this.column % 4) : 1
      this.index++
    }
  }

  blank(): boolean {
    return this.index > this.last
  }

  rest(): string {
    return this.line.slice(this.index)
  }

  advance(chars: number): void {
    this.index += chars
    this.column += chars
  }
}

class Guard {
  private readonly containers: Container[] = []
  private readonly tags: string[] = []
  private readonly cuts = new Map<GuardCut['kind'], GuardCut>()
  private runs = new Map<string, number>()
  private fence: {char: string; length: number} | null = null
  private paragraph = false
  private table = false
  /** Inside an HTML block: its lines are not markdown, only their tags count. */
  private html = false
  private lineNumber = 0
  /** The inline text being read (a paragraph, a heading, a table row), and how long it is so far. */
  private block = 0
  private readonly lengths: number[] = [0]
  /** Brackets kept in inline text: where they are in the output, for unclosed ones to be escaped at the end. */
  private readonly brackets: Array<{block: number; line: number; at: number; open: boolean}> = []
  private pending: Array<{at: number; open: boolean}> = []

  constructor(private readonly limits: GuardLimits) {}

  private cut(kind: GuardCut['kind'], mark?: string): void {
    const cut = this.cuts.get(kind) ?? {kind, line: this.lineNumber, count: 0, marks: []}
    cut.count++
    if (mark && !cut.marks.includes(mark)) cut.marks.push(mark)
    this.cuts.set(kind, cut)
  }

  private endBlock(): void {
    this.paragraph = false
    this.table = false
    this.html = false
    this.newInline()
  }

  private newInline(): void {
    this.runs = new Map()
    this.block++
    this.lengths[this.block] = 0
  }

  /** A line outside markdown (front matter): counted, so later lines keep their numbers. */
  skip(): void {
    this.lineNumber++
  }

  /** How many open containers this line continues. */
  private matched(cursor: Cursor): number {
    let count = 0
    for (const container of this.containers) {
      if (container.kind === 'quote') {
        if (cursor.indent() > 3) break
        cursor.skipTo(cursor.column + cursor.indent())
        if (cursor.line[cursor.index] !== '>') break
        cursor.advance(1)
        if (cursor.line[cursor.index] === ' ') cursor.advance(1)
      } else if (!cursor.blank()) {
        if (cursor.column + cursor.indent() < container.indent) break
        cursor.skipTo(container.indent)
      }
      count++
    }
    return count
  }

  /**
   * Containers this line opens. Past the depth limit the marker gets a
   * backslash, which makes it text: the rest of the line is then a paragraph
   * and opens nothing more. Returns the line's text up to the cursor.
   */
  private open(cursor: Cursor): {head: string; opened: boolean} {
    let head = ''
    let opened = false
    let from = cursor.index
    while (cursor.indent() <= 3) {
      cursor.skipTo(cursor.column + cursor.indent())
      const rest = cursor.rest()
      if (rest === '' || THEMATIC.test(rest)) break
      const marker = rest[0] === '>' ? '>' : LIST_MARKER.exec(rest)?.[0]
      if (!marker) break
      if (this.containers.length >= this.limits.depth) {
        const escapeAt = cursor.index + marker.length - 1
        head += `${cursor.line.slice(from, escapeAt)}\\`
        from = escapeAt
        this.cut('depth')
        break
      }
      opened = true
      cursor.advance(marker.length)
      if (marker === '>') {
        this.containers.push({kind: 'quote'})
        if (cursor.line[cursor.index] === ' ') cursor.advance(1)
        continue
      }
      const start = cursor.column
      const spaces = cursor.indent()
      const gap = cursor.blank() || spaces > 4 ? 1 : spaces
      cursor.skipTo(start + gap)
      this.containers.push({kind: 'item', indent: start + gap})
    }
    head += cursor.line.slice(from, cursor.index)
    return {head, opened}
  }

  /** A fence line: opens or closes fenced code or display math. Returns whether the line belongs to a fence. */
  private fenced(rest: string): boolean {
    const match = FENCE.exec(rest)
    if (this.fence) {
      if (match && match[1]![0] === this.fence.char && match[1]!.length >= this.fence.length && match[2]!.trim() === '')
        this.fence = null
      return true
    }
    if (!match || (match[1]![0] === '`' && match[2]!.includes('`'))) return false
    this.fence = {char: match[1]![0]!, length: match[1]!.length}
    this.endBlock()
    return true
  }

  /** A raw HTML tag at `at`, kept or (too deep) turned into text. */
  private tag(text: string, at: number): {out: string; end: number} | null {
    TAG.lastIndex = at
    const match = TAG.exec(text)
    if (!match) return null
    const [whole, closing, rawName] = match
    const name = rawName!.toLowerCase()
    const end = at + whole.length
    if (FLAT.has(name) || whole.endsWith('/>')) return {out: whole, end}
    if (closing) {
      const open = this.tags.lastIndexOf(name)
      if (open >= 0) this.tags.length = open
      return {out: whole, end}
    }
    if (this.tags.length >= this.limits.html) {
      this.cut('html')
      return {out: `&lt;${whole.slice(1)}`, end}
    }
    this.tags.push(name)
    return {out: whole, end}
  }

  /** For each backtick or dollar run, the index of the next run of the same kind and length on the line. */
  private spans(text: string): Map<number, number> {
    const runs: Array<{at: number; key: string}> = []
    for (let at = 0; at < text.length; at++) {
      const char = text[at]!
      if (char === '\\') at++
      else if (char === '`' || char === '$') {
        let end = at
        while (text[end + 1] === char) end++
        runs.push({at, key: char + (end - at + 1)})
        at = end
      }
    }
    const closes = new Map<number, number>()
    const next = new Map<string, number>()
    for (let index = runs.length - 1; index >= 0; index--) {
      const run = runs[index]!
      const close = next.get(run.key)
      if (close !== undefined) closes.set(run.at, close)
      next.set(run.key, run.at)
    }
    return closes
  }

  /** Whether one more mark of this kind fits in the paragraph; past the limit it is cut. */
  private fits(mark: string, limit = this.limits.runs): boolean {
    const seen = (this.runs.get(mark) ?? 0) + 1
    this.runs.set(mark, seen)
    if (seen <= limit) return true
    this.cut('runs', mark)
    return false
  }

  /** A raw HTML element's tags on a line of an HTML block: only their nesting matters. */
  private htmlLine(text: string): string {
    let out = ''
    for (let at = 0; at < text.length; ) {
      const tag = text[at] === '<' ? this.tag(text, at) : null
      if (tag) {
        out += tag.out
        at = tag.end
      } else out += text[at++]
    }
    return out
  }

  /**
   * Inline text. Delimiter runs are counted per kind and cut past the limit;
   * past `punctuation` marks of any kind, every further mark is escaped, since
   * a mark next to a letter makes micromark's GFM autolink check walk back
   * over the whole paragraph. Tags nest and are cut past their own limit.
   */
  private inline(text: string): string {
    const closes = this.spans(text)
    let out = ''
    for (let at = 0; at < text.length; ) {
      const char = text[at]!
      if (!PUNCTUATION.test(char)) {
        out += char
        at++
        continue
      }
      const spare = this.fits('punctuation', this.limits.runs * 5)
      if (char === '\\' && PUNCTUATION.test(text[at + 1] ?? '')) {
        out += text.slice(at, at + 2)
        at += 2
        continue
      }
      if (char === '`' || char === '$') {
        let end = at
        while (text[end] === char) end++
        const close = closes.get(at)
        if (close !== undefined && spare) {
          // A code span or inline math, taken whole: nothing inside is markdown.
          let after = close
          while (text[after] === char) after++
          out += text.slice(at, after)
          at = after
          continue
        }
        const run = text.slice(at, end)
        out += char === '$' && spare ? run : !spare || !this.fits('`') ? run.replace(/./g, '\\$&') : run
        at = end
        continue
      }
      if (char === '*' || char === '_' || char === '~') {
        let end = at
        while (text[end] === char) end++
        const run = text.slice(at, end)
        out += spare && this.fits(char) ? run : run.replace(/./g, '\\$&')
        at = end
        continue
      }
      const tag = char === '<' && spare ? this.tag(text, at) : null
      if (tag) {
        out += tag.out
        at = tag.end
        continue
      }
      const kept = spare && (char === '[' || char === ']' || char === '<' ? this.fits(char) : true)
      if (kept && (char === '[' || char === ']')) this.pending.push({at: out.length, open: char === '['})
      out += kept ? char : `\\${char}`
      at++
    }
    return out
  }

  line(line: string): string {
    this.lineNumber++
    const cursor = new Cursor(line)
    const matched = this.matched(cursor)
    const all = matched === this.containers.length
    if (this.fence) {
      if (all) {
        this.fenced(cursor.rest())
        return line
      }
      this.fence = null
    }
    if (cursor.blank()) {
      this.containers.length = matched
      this.endBlock()
      return line
    }
    const prefix = line.slice(0, cursor.index)
    const lazy = !all && this.paragraph && !this.startsBlock(cursor)
    if (!all && !lazy) {
      this.containers.length = matched
      this.endBlock()
    }
    const {head, opened} = this.open(cursor)
    if (opened) this.endBlock()
    const rest = cursor.rest()
    if (this.fenced(rest)) return prefix + head + rest
    // Indented code: nothing in it is markdown.
    if (!this.paragraph && new Cursor(rest).indent() >= 4) return prefix + head + rest
    if (THEMATIC.test(rest) && !this.paragraph) {
      this.endBlock()
      return prefix + head + rest
    }
    if (this.html || (!this.paragraph && HTML_START.test(rest))) {
      this.html = true
      return prefix + head + this.htmlLine(rest)
    }
    if (TABLE_DELIMITER.test(rest) && rest.includes('-')) this.table = this.paragraph || this.table
    // Each cell of a table, and each heading, is an inline text of its own.
    if (this.table || ATX.test(rest)) this.newInline()
    const start = prefix.length + head.length
    const out = prefix + head + this.inline(rest)
    for (const bracket of this.pending)
      this.brackets.push({block: this.block, line: this.lineNumber, at: start + bracket.at, open: bracket.open})
    this.pending = []
    this.lengths[this.block] = (this.lengths[this.block] ?? 0) + rest.length
    this.paragraph = !ATX.test(rest)
    return out
  }

  /** Whether what is left of the line opens a block of its own (so cannot continue a paragraph lazily). */
  private startsBlock(cursor: Cursor): boolean {
    const rest = cursor.rest().replace(/^[ \t]{0,3}/, '')
    return rest[0] === '>' || LIST_MARKER.test(rest) || THEMATIC.test(rest) || ATX.test(rest) || FENCE.test(rest)
  }

  result(): GuardCut[] {
    return [...this.cuts.values()]
  }

  /**
   * Where to escape a `[` that nothing closes, in a long paragraph: after
   * one, micromark's GFM autolink check walks back to it from every word
   * that follows, which is quadratic. An unclosed `[` prints as itself
   * either way, so the escape changes nothing on the page.
   */
  unclosed(longer = this.limits.runs * 10): Map<number, number[]> {
    const open: Array<{line: number; at: number}> = []
    const escapes = new Map<number, number[]>()
    let block = -1
    const flush = () => {
      for (const bracket of open) escapes.set(bracket.line, [...(escapes.get(bracket.line) ?? []), bracket.at])
      open.length = 0
    }
    for (const bracket of this.brackets) {
      if (bracket.block !== block) {
        flush()
        block = bracket.block
      }
      if ((this.lengths[bracket.block] ?? 0) <= longer) continue
      if (bracket.open) open.push(bracket)
      else open.pop()
    }
    flush()
    return escapes
  }
}

/** YAML front matter is not markdown: it is passed over untouched. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trimEnd() !== '---') return 0
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line))
  return end < 0 ? 0 : end + 1
}

export function guardMarkdown(text: string, limits: GuardLimits = GUARD_LIMITS): Guarded {
  const guard = new Guard(limits)
  const lines = text.split('\n')
  const skip = frontMatterEnd(lines)
  const out = lines.map((line, index) => {
    if (index >= skip) return guard.line(line)
    guard.skip()
    return line
  })
  for (const [line, ats] of guard.unclosed()) {
    let text = out[line - 1]!
    for (const at of ats.sort((a, b) => b - a)) text = `${text.slice(0, at)}\\${text.slice(at)}`
    out[line - 1] = text
  }
  return {text: out.join('\n'), cuts: guard.result()}
}

/** One warning per kind of cut, at the line of its first cut. */
export function describeCuts(file: string, cuts: GuardCut[], limits: GuardLimits = GUARD_LIMITS): Message[] {
  return cuts.map((cut) => {
    const times = cut.count === 1 ? 'once' : `${cut.count} times`
    const place = {file, line: cut.line}
    if (cut.kind === 'depth') {
      return warning(
        `lists and quotes nested more than ${limits.depth} deep; the deeper markers print as text (${times})`,
        'nesting-too-deep',
        place,
      )
    }
    if (cut.kind === 'html') {
      return warning(
        `HTML elements nested more than ${limits.html} deep; the deeper tags print as text (${times})`,
        'html-too-deep',
        place,
      )
    }
    const marks = cut.marks
      .map((mark) => (mark === 'punctuation' ? `${limits.runs * 5} punctuation marks` : `${limits.runs} "${mark}"`))
      .join(', ')
    return warning(
      `more than ${marks} in one paragraph, which would make parsing take minutes; the rest print as text (${times})`,
      'too-many-delimiters',
      place,
    )
  })
}
