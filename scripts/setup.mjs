#!/usr/bin/env node
// Make a fresh clone ready to run, with nothing but Node: install the npm
// packages, compile, and find (or install) a browser. It runs before
// `npm start` and `npm test`, and is a quick no-op when everything is there.
// Usage: node scripts/setup.mjs [--test]   (--test also wants poppler's pdffonts)
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const forTests = process.argv.includes('--test')
const say = (line) => process.stderr.write(`setup: ${line}\n`)

function fail(message) {
  process.stderr.write(`setup: ${message}\n`)
  process.exit(1)
}

function run(command, args, env = {}) {
  say(`${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}})
  return result.status === 0
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 19))
    fail(`Node ${process.versions.node} is too old: studypack needs Node 20.19 or newer.`)
}

/** npm ci when package-lock.json changed since the last install. */
function installPackages() {
  const lock = path.join(root, 'package-lock.json')
  const stamp = path.join(root, 'node_modules', '.studypack-lock-hash')
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return
  // puppeteer cannot fetch its own Chrome everywhere; studypack finds a browser itself.
  if (!run('npm', ['ci', '--no-audit', '--no-fund'], {PUPPETEER_SKIP_DOWNLOAD: '1'})) fail('npm ci failed (see above).')
  writeFileSync(stamp, hash)
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(file) : statSync(file).mtimeMs)
  }
  return newest
}

/** Compile when any source (or template) is newer than the last build. */
async function compile() {
  const stamp = path.join(root, 'dist', '.built')
  const sources = Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'templates')),
    statSync(path.join(root, 'tsconfig.json')).mtimeMs,
  )
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return
  if (!run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root]))
    fail('the TypeScript build failed (see above).')
  await bundle()
  await precompile()
  writeFileSync(stamp, new Date().toISOString())
}

/**
 * The command line as one file: Node then loads one module instead of some
 * eight hundred (the unified family is many small packages), which halves the
 * time before a build starts. It is CommonJS, so that the bin (src/cli/main.ts)
 * can run it from V8's code cache (src/cli/code-cache.ts), which ES modules
 * cannot use on Node 20. What loads files of its own stays outside: puppeteer
 * and pdf.js (loaded when printing, through core/late-import.ts), sql.js (its
 * WebAssembly). The worker that parses big guides is bundled on its own. The
 * other compiled modules stay beside them, for the benchmark.
 */
async function bundle() {
  const cli = path.join(root, 'dist', 'cli')
  for (const old of readdirSync(cli)) if (/^chunk-.*\.js$|^studypack\.cjs/.test(old)) rmSync(path.join(cli, old))
  await bundleOne(path.join(cli, 'entry.js'), path.join(cli, 'studypack.cjs'), 'cjs')
  const worker = path.join(root, 'dist', 'input', 'parse-worker.js')
  await bundleOne(worker, worker, 'esm')
}

/** Paths the compiled modules find from import.meta.url resolve from the bundle's folder, dist/cli, as from theirs. */
const BANNERS = {
  cjs: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href",
  esm: [
    "import {createRequire as __createRequire} from 'node:module'",
    "import {fileURLToPath as __fileURLToPath} from 'node:url'",
    "import {dirname as __pathDirname} from 'node:path'",
    'const require = __createRequire(import.meta.url)',
    'const __bundleFile = __fileURLToPath(import.meta.url)',
    'const __bundleDir = __pathDirname(__bundleFile)',
  ].join('\n'),
}

async function bundleOne(main, outfile, format) {
  const {build} = await import('esbuild')
  say(`esbuild ${path.relative(root, main)} --bundle --format=${format}`)
  await build({
    entryPoints: [main],
    outfile,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    external: ['puppeteer', 'pdfjs-dist', 'sql.js'],
    // CommonJS packages inside an ES module still ask for require and __filename; an ES module in CommonJS for import.meta.
    define:
      format === 'esm'
        ? {__filename: '__bundleFile', __dirname: '__bundleDir'}
        : {'import.meta.url': '__importMetaUrl'},
    banner: {js: BANNERS[format]},
    logLevel: 'warning',
  }).catch(() => fail('bundling the command line failed (see above).'))
}

/** The templates compiled once, here, instead of on every run (src/render/precompiled.ts). */
async function precompile() {
  const {precompileTemplates} = await import(pathToFileURL(path.join(root, 'dist', 'render', 'precompiled.js')).href)
  say(`precompiled ${precompileTemplates()} templates`)
}

const canApt = () => process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], {stdio: 'ignore'}).status === 0

function aptInstall(packages) {
  return (
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      DEBIAN_FRONTEND: 'noninteractive',
    })
  )
}

/** The same search the tool makes; Debian's chromium when there is none and apt-get can be used. */
async function ensureBrowser() {
  const {findBrowser, NoBrowserError} = await import(pathToFileURL(path.join(root, 'dist', 'browser', 'find.js')).href)
  const found = await findBrowser().catch((error) => error)
  if (!(found instanceof Error)) return
  // A browser named by --browser or an env var that is wrong is the user's to mend, not ours.
  if (!(found instanceof NoBrowserError) || !canApt()) fail(found.message)
  say("no Chrome or Chromium found: installing Debian's chromium package")
  if (!aptInstall(['chromium']) || (await findBrowser().catch(() => null)) === null)
    fail(`installing chromium failed.\n${found.message}`)
}

/**
 * One build of the bundled guide, thrown away, when this Node has no code
 * cache of the bundle yet: the run saves one holding what a build compiles
 * (src/cli/code-cache.ts), so that the first real build starts warm too.
 */
async function warmUp() {
  const bundle = path.join(root, 'dist', 'cli', 'studypack.cjs')
  const {cacheFileOf} = await import(pathToFileURL(path.join(root, 'dist', 'cli', 'code-cache.js')).href)
  if (!existsSync(bundle) || existsSync(cacheFileOf(bundle))) return
  say('one build of the bundled guide, for the code cache')
  const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-warm-up-'))
  spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'main.js'), 'build', '--quiet', '--out', out], {
    cwd: root,
    stdio: 'ignore',
  })
  rmSync(out, {recursive: true, force: true})
}

/** The tests read fonts with poppler's pdffonts, as a user checking a PDF would. */
function ensurePoppler() {
  if (spawnSync('pdffonts', ['-v'], {stdio: 'ignore'}).status === 0) return
  if (!canApt() || !aptInstall(['poppler-utils']))
    fail('the tests need pdffonts: install poppler-utils (sudo apt-get install poppler-utils).')
}

/** The no-outside-connection test watches a build's system calls with strace. */
function ensureStrace() {
  if (process.platform !== 'linux' || spawnSync('strace', ['-V'], {stdio: 'ignore'}).status === 0) return
  if (!canApt() || !aptInstall(['strace'])) fail('the tests need strace: install it (sudo apt-get install strace).')
}

checkNode()
installPackages()
await compile()
await ensureBrowser()
await warmUp()
if (forTests) {
  ensurePoppler()
  ensureStrace()
}
