import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {formatMessage} from '../../../src/core/messages.js'
import {describeCuts, GUARD_LIMITS, guardMarkdown} from '../../../src/input/guard.js'
import {PROJECT_ROOT} from '../../../src/core/paths.js'
import {runs} from '../../helpers/fast-check.js'

// The parser the guard protects, without studypack's plugins: what micromark alone makes of the guarded text.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkMath)
const parse = (text: string) => parser.parse(text) as Root

/** The deepest node of a tree, walked without recursion (a deep tree is what is being tested). */
function depthOf(tree: Root): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    deepest = Math.max(deepest, depth)
    for (const child of (node as {children?: unknown[]}).children ?? []) stack.push([child, depth + 1])
  }
  return deepest
}

function timed<T>(work: () => T): {value: T; ms: number} {
  const started = performance.now()
  const value = work()
  return {value, ms: performance.now() - started}
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return markdownFiles(file)
    return name.endsWith('.md') ? [file] : []
  })
}

describe('the parser guard leaves real guides alone', () => {
  const files = [
    ...markdownFiles(path.join(PROJECT_ROOT, 'test', 'fixtures')),
    ...markdownFiles(path.join(PROJECT_ROOT, 'content')),
  ]

  it.each(files.map((file) => [path.relative(PROJECT_ROOT, file), file]))('%s is unchanged', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const guarded = guardMarkdown(text)
    expect(guarded.cuts).toEqual([])
    expect(guarded.text).toBe(text)
  })

  it('keeps nesting, tables, code and HTML within the limits as written', () => {
    const nested = Array.from(
      {length: GUARD_LIMITS.depth},
      (_, level) => `${'  '.repeat(level)}- level ${level} **bold** _em_ ~gone~ [link](x.md)`,
    ).join('\n')
    const table = ['| a | b |', '|---|---|', ...Array.from({length: 300}, (_, row) => `| **${row}** | _x_ |`)].join(
      '\n',
    )
    const code = ['```', '*a'.repeat(5000), '```', '', `    ${'[a]('.repeat(2000)}`].join('\n')
    const html = `${'<div>'.repeat(GUARD_LIMITS.html)}x${'</div>'.repeat(GUARD_LIMITS.html)}`
    const math = `$$\n${'x_1 * y_2 '.repeat(500)}\n$$`
    const frontMatter = `---\ntitle: x\nlist: [${'*a, '.repeat(300)}]\n---\n`
    for (const text of [nested, table, code, html, math, `${frontMatter}\n# Guide\n`]) {
      const guarded = guardMarkdown(text)
      expect(guarded.cuts).toEqual([])
      expect(guarded.text).toBe(text)
    }
  })
})

describe('the parser guard cuts what would hang or overflow the parser', () => {
  it('cuts 50,000 "*a" to linear time, keeping every character as text', () => {
    const text = `Before.\n\n${'*a'.repeat(50_000)}\n`
    const {value: guarded, ms} = timed(() => guardMarkdown(text))
    expect(ms).toBeLessThan(2000)
    expect(guarded.cuts).toEqual([expect.objectContaining({kind: 'runs', line: 3})])
    const {value: tree, ms: parseMs} = timed(() => parse(guarded.text))
    // Unguarded this takes about 111 s on an idle machine; guarded, about a second (more on a shared one).
    expect(parseMs).toBeLessThan(40_000)
    // The first 200 runs may pair into emphasis; everything after prints as the literal "*a".
    expect(toString(tree).replace(/\*/g, '').length).toBe(50_000 + 'Before.'.length)
    expect(toString(tree).endsWith('*a'.repeat(1000))).toBe(true)
  })

  it.each([
    ['~a', '"~"'],
    ['[a](', '"["'],
    ['](a', '"]"'],
    ['<a ', '"<"'],
    ['`a``', '1000 punctuation marks'],
    ['*(a', '"*"'],
    ['\\*(a', '1000 punctuation marks'],
  ])('cuts a long run of %j and says so', (unit, named) => {
    const text = unit.repeat(20_000)
    const guarded = guardMarkdown(text)
    const [warning] = describeCuts('guide.md', guarded.cuts).map(formatMessage)
    expect(warning).toMatch(/^guide\.md:1: more than .* in one paragraph/)
    expect(warning).toContain(named)
    const {ms} = timed(() => parse(guarded.text))
    // Generous for a shared machine (eight runs on two cores); unguarded, these take minutes.
    expect(ms).toBeLessThan(30_000)
  })

  it.each([
    ['a list', (n: number) => `${'- '.repeat(n)}x\n`],
    ['an ordered list', (n: number) => `${'1. '.repeat(n)}x\n`],
    ['a block quote', (n: number) => `${'>'.repeat(n)} x\n`],
    // One level a line: the text grows with the square of the depth, so 600 levels (a megabyte) will do.
    [
      'an indented list',
      (n: number) => Array.from({length: n / 7}, (_, level) => `${'  '.repeat(level)}- x`).join('\n'),
    ],
    [
      'quotes on their own lines',
      (n: number) => Array.from({length: n / 14}, (_, level) => `${'> '.repeat(level + 1)}x`).join('\n'),
    ],
    ['quotes and lists mixed', (n: number) => `${'> - 1. '.repeat(n / 3)}x\n`],
  ])('caps %s nested thousands deep, with a warning naming the line', (_name, build) => {
    const text = build(4200)
    const guarded = guardMarkdown(text)
    expect(guarded.cuts.map((cut) => cut.kind)).toContain('depth')
    const cut = guarded.cuts.find((one) => one.kind === 'depth')!
    expect(formatMessage(describeCuts('g.md', [cut])[0]!)).toMatch(
      /^g\.md:\d+: lists and quotes nested more than 32 deep; the deeper markers print as text/,
    )
    const tree = parse(guarded.text)
    // Two mdast levels (list, item) per list level, and a paragraph and its text below.
    expect(depthOf(tree)).toBeLessThanOrEqual(2 * GUARD_LIMITS.depth + 3)
  })

  it('caps <details> and other raw HTML nested thousands deep', () => {
    for (const text of [
      '<details>\n\n'.repeat(3000),
      '<div>'.repeat(5000),
      '<details><summary>s</summary>\n\n'.repeat(2000),
    ]) {
      const guarded = guardMarkdown(text)
      expect(guarded.cuts.map((cut) => cut.kind)).toContain('html')
      expect(describeCuts('g.md', guarded.cuts).map(formatMessage).join('\n')).toMatch(
        /HTML elements nested more than 32 deep; the deeper tags print as text/,
      )
      // Each tag past the limit is text now: at most 32 of them still open an element.
      const open = (guarded.text.match(/<(?:details|div)\b/g) ?? []).length
      expect(open).toBeLessThanOrEqual(GUARD_LIMITS.html)
    }
  })

  it('escapes a [ that nothing closes in a long paragraph (every later word would walk back to it), and only then', () => {
    const long = `see [a] and [the open one ${'word '.repeat(2000)}`
    expect(guardMarkdown(long).text).toBe(`see [a] and \\[the open one ${'word '.repeat(2000)}`)
    expect(guardMarkdown('see [the open one and a few words').text).toBe('see [the open one and a few words')
    const {ms} = timed(() => parse(guardMarkdown(`[${' (a'.repeat(20_000)}`).text))
    expect(ms).toBeLessThan(10_000)
  })

  it('counts front matter lines, so warnings point at the right line', () => {
    expect(guardMarkdown(`---\ntitle: x\n---\n${'>'.repeat(40)} x\n`).cuts).toEqual([
      {kind: 'depth', line: 4, count: 1, marks: []},
    ])
  })

  it('keeps line numbers: a cut never adds or removes a line', () => {
    const text = ['# Title', '', '*a'.repeat(3000), '', `${'> '.repeat(100)}x`, '', 'last'].join('\n')
    const guarded = guardMarkdown(text)
    expect(guarded.text.split('\n').length).toBe(text.split('\n').length)
    expect(guarded.text.split('\n').at(-1)).toBe('last')
    expect(guarded.cuts.map((cut) => [cut.kind, cut.line])).toEqual([
      ['runs', 3],
      ['depth', 5],
    ])
  })
})

/** One container, opened around `inner`. */
const CONTAINERS = {
  bullet: (inner: string) => `- ${inner}`,
  ordered: (inner: string) => `1. ${inner}`,
  quote: (inner: string) => `> ${inner}`,
  details: (inner: string) => `<details><summary>s</summary>\n\n${inner}\n\n</details>`,
  emphasis: (inner: string) => `*${inner}*`,
  strong: (inner: string) => `__${inner}__`,
  strike: (inner: string) => `~${inner}~`,
  link: (inner: string) => `[${inner}](x)`,
}
type Kind = keyof typeof CONTAINERS

/** Nest from the inside out, so the text is linear in the depth (no string grows inside a loop twice). */
function nest(kinds: Kind[]): string {
  let text = 'x'
  for (let index = kinds.length - 1; index >= 0; index--) text = CONTAINERS[kinds[index]!](text)
  return text
}

describe('properties: any nesting and any run parses in time, and the tree stays shallow', () => {
  const kinds = Object.keys(CONTAINERS) as Kind[]
  // Tree levels one container may add: a list and its item, or details and its paragraph.
  const bound = 2 * GUARD_LIMITS.depth + GUARD_LIMITS.html * 2 + 6 * GUARD_LIMITS.runs + 8

  it('deep nesting of every container, alone and mixed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...kinds), {minLength: 1, maxLength: 3}),
        fc.integer({min: 1, max: 800}),
        (mix, depth) => {
          const kindsOf = Array.from({length: depth}, (_, index) => mix[index % mix.length]!)
          const text = nest(kindsOf)
          const guarded = guardMarkdown(text)
          const {value: tree, ms} = timed(() => parse(guarded.text))
          expect(ms).toBeLessThan(10_000)
          expect(depthOf(tree)).toBeLessThanOrEqual(bound)
          expect(guarded.text.split('\n').length).toBe(text.split('\n').length)
        },
      ),
      {numRuns: runs(8)},
    )
  })

  it('long delimiter runs of any mark, with any filler', () => {
    const marks = [
      '*',
      '_',
      '~',
      '`',
      '[',
      ']',
      '](',
      '[a](',
      '<',
      '<a',
      '$',
      '\\*',
      '&#42;',
      '!',
      '(',
      '**',
      '~~',
      '[ ',
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...marks),
        fc.constantFrom('a', ' ', 'a ', '', '(a', '.a'),
        fc.integer({min: 1000, max: 10_000}),
        (mark, filler, count) => {
          const text = (mark + filler).repeat(count)
          const guarded = guardMarkdown(text)
          const {value: tree, ms} = timed(() => parse(guarded.text))
          // 10,000 units unguarded take ten seconds or more; guarded, well under one.
          expect(ms).toBeLessThan(10_000)
          expect(depthOf(tree)).toBeLessThanOrEqual(bound)
        },
      ),
      {numRuns: runs(8)},
    )
  })

  it('is idempotent: guarding guarded text cuts nothing more', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...kinds), {minLength: 1, maxLength: 2}),
        fc.integer({min: 1, max: 500}),
        (mix, depth) => {
          const once = guardMarkdown(nest(Array.from({length: depth}, (_, index) => mix[index % mix.length]!))).text
          expect(guardMarkdown(once).text).toBe(once)
        },
      ),
      {numRuns: runs(30)},
    )
  })
})
