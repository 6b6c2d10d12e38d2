// npm run bench: how fast studypack is, against the limit of the browser.
// Prints medians of several runs, the ratios the project holds itself to,
// and writes them to out/bench/results.json. Not a test: nothing here fails.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadContent} from '../dist/input/content.js'
import {studyOf} from '../dist/select/study.js'
import {buildGuide} from '../dist/model/index.js'
import {parseMarkdown} from '../dist/input/parse.js'
import {parseAll} from '../dist/input/parallel.js'
import {findBrowser} from '../dist/browser/find.js'
import {launchArgs} from '../dist/browser/launch.js'
import {selectGuide} from '../dist/select/sections.js'
import {createTemplates} from '../dist/render/template.js'
import {chunkStarts} from '../dist/input/parse-chunks.js'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkFrontmatter from 'remark-frontmatter'
import remarkInlineLinks from 'remark-inline-links'
import {phaseRows, profileTable} from '../dist/core/profile.js'
import {guideView} from '../dist/documents/guide/view.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = path.join(root, 'out', 'bench')
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 5)
// --big-mb=0.5 for a quick look; the targets are for 5 MB.
const bigMb = Number(process.argv.find((arg) => arg.startsWith('--big-mb='))?.slice(9) ?? 5)
const concurrency = Math.max(1, Math.min(4, os.availableParallelism()))
const browser = await findBrowser()
const results = {}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const say = (line) => process.stdout.write(`${line}\n`)

/**
 * Medians of runs taken in turn, after a warm-up round that is not counted: the first 5 MB parse in a
 * process pays for growing the heap (about twice the time of the next), and whichever side went first
 * would pay it alone.
 */
async function alternating(runsOf, named) {
  const samples = Object.fromEntries(Object.keys(named).map((name) => [name, []]))
  for (let round = -1; round < runsOf; round++)
    for (const [name, fn] of Object.entries(named)) {
      const started = performance.now()
      await fn()
      if (round >= 0) samples[name].push(performance.now() - started)
    }
  return Object.fromEntries(Object.entries(samples).map(([name, taken]) => [name, median(taken)]))
}

function time(runsOf, fn) {
  const samples = []
  for (let index = 0; index < runsOf; index++) {
    const started = performance.now()
    fn()
    samples.push(performance.now() - started)
  }
  return median(samples)
}

/** Wall time of a command, median of `runsOf`, plus the peak RSS reported by bench/rss.mjs. */
function command(runsOf, args, options = {}) {
  const samples = []
  let rss = 0
  for (let index = 0; index < runsOf; index++) {
    options.before?.()
    const started = performance.now()
    const result = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, PUPPETEER_EXECUTABLE_PATH: browser.path},
    })
    samples.push(performance.now() - started)
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
    rss = Math.max(rss, Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? 0))
  }
  return {ms: median(samples), rssMb: rss / 1024}
}

function fresh(dir) {
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
}

// 1. Parse and model: the user's guide, and a generated 5 MB guide.
const content = await loadContent(path.join(root, 'content'))
const text = content.files[0].text
results.parseModelMs = time(runs * 4, () => buildGuide([{file: 'g.md', root: parseMarkdown(text)}]))
let big = ''
for (let copy = 1; big.length < bigMb * 1024 * 1024; copy++)
  big += `${text.replace(/^(#{1,6} .+)$/gm, `$1 (part ${copy})`)}\n`
results.bigGuideMb = big.length / 1024 / 1024
// The yardstick: unified with the same plugins, on the same text. A whole 5 MB document takes micromark
// time that grows with the square of its size (minutes), so the bare parse gets the same cuts between
// top-level headings that studypack makes (parse-chunks.ts): what a bare parse costs at its best.
const bare = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMath)
  .use(remarkInlineLinks)
const starts = chunkStarts(big, 16 * 1024)
const big5 = await alternating(3, {
  bare: () =>
    starts.forEach((start, index) => bare.runSync(bare.parse(big.slice(start, starts[index + 1] ?? big.length)))),
  studypack: () => buildGuide([{file: 'big.md', root: parseMarkdown(big)}]),
  // As a build reads a big guide: its pieces parsed on every core (input/parallel.ts).
  allCores: async () => {
    const [root] = await parseAll([big])
    buildGuide([{file: 'big.md', root}])
  },
})
results.bigBareParseMs = big5.bare
results.bigParseModelMs = big5.studypack
results.bigAllCoresMs = big5.allCores

// 1b. Hostile inputs (issue 17) at N and 2N units: a guarded parse grows linearly, so each ratio stays near 2.
const HOSTILE = {
  '*a': (n) => '*a'.repeat(n),
  '~a': (n) => '~a'.repeat(n),
  '[a](': (n) => '[a]('.repeat(n),
  '- ': (n) => `${'- '.repeat(n)}x`,
  '>': (n) => `${'>'.repeat(n)} x`,
}
results.hostile = Object.fromEntries(
  Object.entries(HOSTILE).map(([unit, make]) => {
    const [once, twice] = [25_000, 50_000].map((n) => time(3, () => parseMarkdown(make(n))))
    return [unit, {ms25k: once, ms50k: twice, ratio: twice / once}]
  }),
)

// 2. The stages of one pack before the browser.
const study = studyOf(content)
const pack = {role: 'ml-engineer', domains: null, folder: 'ml-engineer'}
const meta = {
  role: {id: 'ml-engineer', name: 'ML Engineer'},
  domains: [],
  allDomains: true,
  date: 'today',
  source: 'guide',
  paper: 'a4',
}
const trees = []
const unviewed = Array.from({length: runs * 4}, () => {
  const each = studyOf(content)
  return selectGuide(each.guide, each.tags, pack)
})
results.stages = {
  parse: time(runs * 4, () => trees.push(parseMarkdown(text))),
  model: time(runs * 4, () => buildGuide([{file: 'g.md', root: trees[0]}])),
  select: time(runs * 4, () => selectGuide(study.guide, study.tags, pack)),
  // Each run views a guide parsed afresh: rendered HTML is cached by node, and a cached view is not what one pack costs.
  view: time(runs * 4, () => guideView(unviewed.shift(), meta, {baseDir: content.folder})),
}
const view = guideView(selectGuide(study.guide, study.tags, pack), meta, {baseDir: content.folder})
const templates = createTemplates()
results.stages.template = time(runs * 4, () => templates.render('guide', view))

// 3. The limit's input: the same documents' HTML (studypack's --html twins).
fresh(path.join(work, 'html'))
spawnSync(
  process.execPath,
  [
    'dist/cli/main.js',
    'build',
    '--all',
    '--html',
    '--quiet',
    '--browser',
    browser.path,
    '--out',
    path.join(work, 'html'),
  ],
  {cwd: root, stdio: 'inherit'},
)
const htmlOf = (folder) =>
  readdirSync(path.join(work, 'html', folder))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(work, 'html', folder, file))
const allHtml = readdirSync(path.join(work, 'html')).flatMap(htmlOf)

// 4. studypack end to end, as a user runs it, and the limit: a bare puppeteer script printing those
// HTML files. Their runs alternate, so that a machine that gets slower or faster meanwhile (a shared
// VM does) weighs on both alike.
const cli = ['bench/rss.mjs', 'build', '--quiet', '--browser', browser.path, '--concurrency', String(concurrency)]
const limitArgs = (files) => ['bench/limit.mjs', browser.path, String(concurrency), path.join(work, 'limit'), ...files]
function paired(runsOf, ours, limit) {
  const pairs = Array.from({length: runsOf}, () => [
    {...command(1, ours.args, ours), profile: ours.after?.()},
    {...command(1, limit.args, limit), profile: limit.after?.()},
  ])
  const pick = (index) => ({
    ms: median(pairs.map((pair) => pair[index].ms)),
    rssMb: Math.max(...pairs.map((pair) => pair[index].rssMb)),
    profiles: pairs.map((pair) => pair[index].profile).filter(Boolean),
  })
  return [pick(0), pick(1)]
}
const readProfile = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined)
/** When the first PDF was written, in ms from the process's start. */
const firstPdf = (profile) =>
  Math.min(...profile.spans.filter((span) => /^write .*\.pdf$/.test(span.phase)).map((span) => span.start + span.ms))
/** The profile of the run whose total is the median one. */
const medianProfile = (profiles) => [...profiles].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(profiles.length / 2)]
const freshLimit = () => fresh(path.join(work, 'limit'))
const limitProfile = path.join(work, 'limit-profile.json')
let onePackLimit
;[results.onePack, onePackLimit] = paired(
  runs,
  {
    args: [...cli, '--profile', '-r', 'ml-engineer', '--out', path.join(work, 'one')],
    before: () => fresh(path.join(work, 'one')),
    after: () => readProfile(path.join(work, 'one', 'profile.json')),
  },
  {
    args: limitArgs(htmlOf('ml-engineer')),
    before: () => {
      freshLimit()
      process.env.LIMIT_PROFILE = limitProfile
    },
    after: () => {
      delete process.env.LIMIT_PROFILE
      return readProfile(limitProfile)
    },
  },
)
results.limitOnePack = onePackLimit.ms
results.firstPdf = {
  ms: median(results.onePack.profiles.map(firstPdf)),
  limitMs: median(onePackLimit.profiles.map(firstPdf)),
}
results.profile = {studypack: medianProfile(results.onePack.profiles), limit: medianProfile(onePackLimit.profiles)}
delete results.onePack.profiles
let allLimit
;[results.all, allLimit] = paired(
  Math.max(2, Math.ceil(runs / 2)),
  {args: [...cli, '--all', '--out', path.join(work, 'all')], before: () => fresh(path.join(work, 'all'))},
  {args: limitArgs(allHtml), before: freshLimit},
)
results.limitAll = allLimit.ms
delete results.all.profiles
// The Anki deck alone needs no browser: the time of everything but printing.
results.ankiOnly = command(runs, [...cli, '-r', 'ml-engineer', '--only', 'anki', '--out', path.join(work, 'anki')], {
  before: () => fresh(path.join(work, 'anki')),
})
results.stages.print = results.onePack.ms - Object.values(results.stages).reduce((sum, ms) => sum + ms, 0)

// 5. md-to-pdf on the same guide, installed on demand and pointed at the same browser.
const mdToPdf = path.join(os.homedir(), '.cache', 'studypack-bench', 'node_modules', '.bin', 'md-to-pdf')
if (!existsSync(mdToPdf)) {
  mkdirSync(path.dirname(path.dirname(path.dirname(mdToPdf))), {recursive: true})
  spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      path.dirname(path.dirname(path.dirname(mdToPdf))),
      '--no-audit',
      '--no-fund',
      'md-to-pdf@5',
    ],
    {stdio: 'inherit', env: {...process.env, PUPPETEER_SKIP_DOWNLOAD: '1'}},
  )
}
// Guide only, against md-to-pdf on the same guide, alternating as above.
const guideOnly = {
  args: [
    ...cli,
    '-r',
    'ml-engineer',
    '--only',
    'guide',
    '--content',
    path.join(root, 'content', 'interview-prep-ai-ml.md'),
    '--out',
    path.join(work, 'guide'),
  ],
  before: () => fresh(path.join(work, 'guide')),
}
if (existsSync(mdToPdf)) {
  const guideCopy = path.join(work, 'md-to-pdf', 'guide.md')
  fresh(path.dirname(guideCopy))
  writeFileSync(guideCopy, text)
  // md-to-pdf serves the page from localhost: it keeps every flag but the one that resolves no name.
  const args = launchArgs().filter((arg) => !arg.startsWith('--host-resolver-rules'))
  const launch = JSON.stringify({executablePath: browser.path, args})
  let mdToPdfRun
  ;[results.guideOnly, mdToPdfRun] = paired(runs, guideOnly, {
    args: [mdToPdf, guideCopy, '--launch-options', launch],
  })
  results.mdToPdf = mdToPdfRun.ms
  delete results.guideOnly.profiles
} else {
  results.guideOnly = command(runs, guideOnly.args, guideOnly)
}

// Report.
const ratio = (a, b) => (b ? a / b : NaN)
// The targets of issue 16.
const checks = [
  ['one pack / limit', ratio(results.onePack.ms, results.limitOnePack), 1.25],
  ['--all / limit', ratio(results.all.ms, results.limitAll), 1.15],
  ['guide only / md-to-pdf', ratio(results.guideOnly.ms, results.mdToPdf), 0.8],
  ['5 MB parse+model / bare parse', ratio(results.bigParseModelMs, results.bigBareParseMs), 1.2],
  ['5 MB, all cores / bare parse', ratio(results.bigAllCoresMs, results.bigBareParseMs), 0.6],
  ['peak RSS --all / one pack', ratio(results.all.rssMb, results.onePack.rssMb), 1.3],
]
results.checks = Object.fromEntries(
  checks.map(([name, value, target]) => [name, {value, target, met: value <= target}]),
)
results.machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  browser: browser.path,
  concurrency,
  runs,
}
results.profileRows = Object.fromEntries(
  Object.entries(results.profile).map(([name, profile]) => [name, profile ? phaseRows(profile.spans) : []]),
)
writeFileSync(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

const ms = (value) => (value === undefined ? 'n/a' : `${value.toFixed(value < 10 ? 2 : 0)} ms`)
say(
  `studypack benchmark — ${results.machine.cpus} × ${results.machine.cpu}, Node ${process.version}, ${runs} runs, medians\n`,
)
say(`parse + model, user's guide        ${ms(results.parseModelMs)}`)
say(
  `parse + model, ${results.bigGuideMb.toFixed(1)} MB guide         ${ms(results.bigParseModelMs)}   bare parse ${ms(results.bigBareParseMs)}`,
)
for (const [unit, value] of Object.entries(results.hostile))
  say(
    `  hostile ${JSON.stringify(unit).padEnd(8)} 25k ${ms(value.ms25k)}  50k ${ms(value.ms50k)}  ×${value.ratio.toFixed(2)}`,
  )
for (const [stage, value] of Object.entries(results.stages)) say(`  stage ${stage.padEnd(28)} ${ms(value)}`)
say(
  `one pack (all documents)           ${ms(results.onePack.ms)}   limit ${ms(results.limitOnePack)}   peak RSS ${results.onePack.rssMb.toFixed(0)} MB`,
)
say(
  `--all (16 packs)                   ${ms(results.all.ms)}   limit ${ms(results.limitAll)}   peak RSS ${results.all.rssMb.toFixed(0)} MB`,
)
say(`guide only                         ${ms(results.guideOnly.ms)}   md-to-pdf ${ms(results.mdToPdf)}`)
say(`--only anki (no browser)           ${ms(results.ankiOnly.ms)}`)
say(`first PDF written, one pack        ${ms(results.firstPdf.ms)}   limit ${ms(results.firstPdf.limitMs)}`)
say('')
for (const [name, profile] of Object.entries(results.profile)) {
  if (!profile) continue
  say(`where one pack's time goes: ${name} (the run of median length)`)
  say(profileTable(profile.spans, profile.totalMs))
  say('')
}
for (const [name, value, target] of checks)
  say(
    `${name.padEnd(34)} ${Number.isFinite(value) ? value.toFixed(3) : 'n/a'}  (target ≤ ${target})  ${value <= target ? 'met' : 'NOT met'}`,
  )
