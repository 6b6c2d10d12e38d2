// npm run corpus: how well studypack reads guides it was not written for.
// Each entry of corpus/entries/ names a real guide and, per question a careful
// reader would put on a card, the file and line where it starts and whether the
// file answers it. This runs `studypack list --questions --json` on each guide's
// folder (corpus/guides/<id>/, git-ignored) and scores question recall,
// precision, answers attached and crashes. Not a test: nothing here fails.
// Options: --holdout (only the held-out guides), --all (both), --id=<id> (one),
// --verbose (print missed and spurious questions per guide), --cli=PATH (score another build's main.js),
// --rules (per reason a question was taken, how many of those it took are expected: each rule's precision),
// --skip-prefix=P (leave out every entry whose id starts with P, say one being counted; repeatable).
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.join(root, 'corpus')
const args = process.argv.slice(2)
const flag = (name) => args.includes(`--${name}`)
const only = args.find((arg) => arg.startsWith('--id='))?.slice(5)
const say = (line) => process.stdout.write(`${line}\n`)
// Piped into head: stop quietly when the reader has had enough.
process.stdout.on('error', (error) => (error.code === 'EPIPE' ? process.exit(0) : Promise.reject(error)))

const skipped = args.filter((arg) => arg.startsWith('--skip-prefix=')).map((arg) => arg.slice(14))
const holdout = new Set(JSON.parse(readFileSync(path.join(corpus, 'holdout.json'), 'utf8')).holdout)
const entries = readdirSync(path.join(corpus, 'entries'))
  .filter((name) => name.endsWith('.json') && !skipped.some((prefix) => name.startsWith(prefix)))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(corpus, 'entries', name), 'utf8')))
  .filter((entry) => {
    if (only) return entry.id === only
    if (flag('all')) return true
    return flag('holdout') ? holdout.has(entry.id) : !holdout.has(entry.id)
  })

/** The guide's lines per file, read once, for the block test below. */
function linesOf(folder, file, cache) {
  if (!cache.has(file)) {
    const full = path.join(folder, file)
    cache.set(file, existsSync(full) ? readFileSync(full, 'utf8').replace(/\r\n?/g, '\n').split('\n') : [])
  }
  return cache.get(file)
}

const blank = (line) => line === undefined || line.trim() === ''
const HEADING = /^\s{0,3}(#{1,6}\s|\*\*[^*].*\*\*\s*:?\s*$|<summary\b|<h[1-6]\b)/i
const ITEM = /^\s*([-*+]|\d+[.)])\s/

/**
 * Whether a question found on line `found` is the expected one on line `expected`
 * (1-based, same file): the same line; or the same block (no blank line between,
 * and the later line does not open a new list item or heading: a wrapped
 * question, a bold title and its question line); or a heading, bold title line or
 * `<summary>` right above the other, with nothing but blank lines between
 * (the title-above-question case, in either direction).
 */
function sameBlock(lines, expected, found) {
  if (expected === found) return true
  const [top, bottom] = expected < found ? [expected, found] : [found, expected]
  if (bottom - top > 12) return false
  const between = lines.slice(top, bottom - 1)
  const later = lines[bottom - 1] ?? ''
  if (!between.some(blank) && !ITEM.test(later) && !HEADING.test(later)) return true
  return HEADING.test(lines[top - 1] ?? '') && between.every(blank)
}

/** One-to-one matching, nearest pairs first, so that an exact hit is never taken by a neighbour. */
function match(expected, found, linesFor) {
  const pairs = []
  for (const [e, want] of expected.entries())
    for (const [f, got] of found.entries()) {
      if (want.file !== got.file) continue
      // A question found below its title (`titleLine`) is where the title is, too.
      const lines = [got.line, ...(got.titleLine ? [got.titleLine] : [])]
      const near = lines.filter((line) => sameBlock(linesFor(want.file), want.line, line))
      if (near.length > 0) pairs.push([Math.min(...near.map((line) => Math.abs(want.line - line))), e, f])
    }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const byExpected = new Map()
  const taken = new Set()
  for (const [, e, f] of pairs) {
    if (byExpected.has(e) || taken.has(f)) continue
    byExpected.set(e, f)
    taken.add(f)
  }
  return {byExpected, taken}
}

function run(folder) {
  // --cli=PATH scores another build (an older dist/, for a baseline).
  const cli = path.resolve(
    args.find((arg) => arg.startsWith('--cli='))?.slice(6) ?? path.join(root, 'dist', 'cli', 'main.js'),
  )
  const result = spawnSync(process.execPath, [cli, 'list', '--questions', '--json', '--content', folder], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const trace = /\n\s+at .+:\d+:\d+\)?/.test(result.stderr ?? '')
  const first = (result.stderr || `exit ${result.status}`).trim().split('\n')[0]
  // A stack trace or a signal is a crash; a one-line refusal ("no markdown files") is a failure to read.
  if (trace || result.status === null || result.status > 2) return {crash: `crash: ${first}`}
  if (result.status !== 0) return {crash: `refused: ${first}`}
  try {
    return {found: JSON.parse(result.stdout)}
  } catch (error) {
    return {crash: `not JSON: ${error.message}`}
  }
}

const pct = (part, whole) => (whole === 0 ? '   —' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`)

function score(entry) {
  const folder = path.join(corpus, 'guides', entry.id)
  if (!existsSync(folder) || !entry.files.some((file) => existsSync(path.join(folder, file)))) {
    return {
      id: entry.id,
      skipped: `no text: fetch ${entry.repo}@${entry.commit} (${entry.files.join(', ')}) into corpus/guides/${entry.id}/ (see corpus/README.md)`,
    }
  }
  const started = performance.now()
  const out = run(folder)
  const ms = Math.round(performance.now() - started)
  const expected = entry.questions
  const answeredExpected = expected.filter((question) => question.answered).length
  if (out.crash)
    return {
      id: entry.id,
      crash: out.crash,
      expected: expected.length,
      found: 0,
      matched: 0,
      answeredExpected,
      answeredFound: 0,
      answeredAttached: 0,
      ms,
    }
  const cache = new Map()
  const {byExpected, taken} = match(expected, out.found, (file) => linesOf(folder, file, cache))
  let answeredFound = 0
  let answeredAttached = 0
  for (const [e, f] of byExpected) {
    if (!expected[e].answered) continue
    answeredFound++
    if (out.found[f].answer !== null) answeredAttached++
  }
  const missed = expected.filter((_, e) => !byExpected.has(e)).map((q) => `${q.file}:${q.line}`)
  const spurious = out.found.filter((_, f) => !taken.has(f)).map((q) => `${q.file}:${q.line} ${q.text}`)
  const reasons = out.found.map((q, f) => ({why: q.why ?? [], hit: taken.has(f)}))
  const unanswered = [...byExpected]
    .filter(([e, f]) => expected[e].answered && out.found[f].answer === null)
    .map(([, f]) => `${out.found[f].file}:${out.found[f].line} ${out.found[f].text}`)
  return {
    id: entry.id,
    expected: expected.length,
    found: out.found.length,
    matched: byExpected.size,
    answeredExpected,
    answeredFound,
    answeredAttached,
    ms,
    missed,
    spurious,
    unanswered,
    reasons,
  }
}

/** A reason without its counts and quotes, so that one rule is one line: 'series of h2 plain headings: N of N ask'. */
const ruleOf = (why) => why.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N')

/** Per rule, how many questions it took and how many of them are expected. */
function rules(results) {
  const table = new Map()
  for (const one of results)
    for (const {why, hit} of one.reasons ?? [])
      for (const rule of new Set(why.map(ruleOf))) {
        const row = table.get(rule) ?? {taken: 0, hits: 0, guides: new Set()}
        row.taken++
        row.hits += hit ? 1 : 0
        row.guides.add(one.id)
        table.set(rule, row)
      }
  say('')
  say(`${'taken'.padStart(6)} ${'hits'.padStart(6)} ${'precision'.padStart(9)} guides  rule`)
  for (const [rule, row] of [...table].sort((a, b) => b[1].taken - a[1].taken))
    say(
      `${String(row.taken).padStart(6)} ${String(row.hits).padStart(6)} ${pct(row.hits, row.taken).padStart(9)} ${String(row.guides.size).padStart(6)}  ${rule}`,
    )
}

const results = entries.map(score)
const scored = results.filter((one) => !one.skipped)
const total = scored.reduce(
  (sum, one) => {
    for (const key of ['expected', 'found', 'matched', 'answeredExpected', 'answeredFound', 'answeredAttached'])
      sum[key] += one[key]
    sum.crashes += one.crash?.startsWith('crash') ? 1 : 0
    sum.refused += one.crash?.startsWith('refused') ? 1 : 0
    return sum
  },
  {
    expected: 0,
    found: 0,
    matched: 0,
    answeredExpected: 0,
    answeredFound: 0,
    answeredAttached: 0,
    crashes: 0,
    refused: 0,
  },
)

say(
  `${'guide'.padEnd(30)} ${'questions'.padStart(9)} ${'found'.padStart(6)} ${'recall'.padStart(7)} ${'precision'.padStart(9)} ${'answers'.padStart(8)}`,
)
for (const one of results) {
  if (one.skipped) {
    say(`${one.id.padEnd(30)} skipped: ${one.skipped}`)
    continue
  }
  const line = `${one.id.padEnd(30)} ${String(one.expected).padStart(9)} ${String(one.found).padStart(6)} ${pct(one.matched, one.expected).padStart(7)} ${pct(one.matched, one.found).padStart(9)} ${pct(one.answeredAttached, one.answeredFound).padStart(8)}`
  say(one.crash ? `${line}  ${one.crash}` : line)
  if (flag('verbose') && !one.crash) {
    for (const where of one.missed) say(`    missed   ${where}`)
    for (const what of one.spurious) say(`    spurious ${what}`)
    for (const what of one.unanswered) say(`    no answer ${what}`)
  }
}
const label = only ? only : flag('all') ? 'total (dev + holdout)' : flag('holdout') ? 'total (holdout)' : 'total (dev)'
say(
  `${label.padEnd(30)} ${String(total.expected).padStart(9)} ${String(total.found).padStart(6)} ${pct(total.matched, total.expected).padStart(7)} ${pct(total.matched, total.found).padStart(9)} ${pct(total.answeredAttached, total.answeredFound).padStart(8)}  crashes: ${total.crashes}, refused: ${total.refused}`,
)
if (flag('rules')) rules(scored)
say(
  'recall: expected questions found; precision: found questions that are expected; answers: of the expected answered questions found, how many got an answer',
)

const dir = path.join(root, 'out', 'corpus')
mkdirSync(dir, {recursive: true})
writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify({set: label, total, guides: results}, null, 2)}\n`)
say(`written: ${path.relative(root, path.join(dir, 'results.json'))}`)
