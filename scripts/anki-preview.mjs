#!/usr/bin/env node
/**
 * A picture of one note of a written cards.apkg as Anki's reviewer shows it:
 * the note type's templates filled with the note's fields, its CSS and its
 * font files from the package, front and back, light and night mode, taken
 * by headless Chromium. Anki typesets \( \) and \[ \] with MathJax; here
 * KaTeX (offline) stands in for it. For the README, not a test:
 *
 *   node scripts/anki-preview.mjs out/ml-engineer/cards.apkg "Implement gradient descent" docs/images/anki-card.png
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {readFileSync} from 'node:fs'
import {strFromU8, unzipSync} from 'fflate'
import katex from 'katex'
import puppeteer from 'puppeteer'
import initSqlJs from 'sql.js'

const require = createRequire(import.meta.url)
const [apkgPath, questionStart, outPath] = process.argv.slice(2)
if (!apkgPath || !questionStart || !outPath) {
  console.error('usage: node scripts/anki-preview.mjs CARDS.apkg "QUESTION START" OUT.png')
  process.exit(2)
}

const files = unzipSync(readFileSync(apkgPath))
const media = JSON.parse(strFromU8(files.media))
const SQL = await initSqlJs()
const db = new SQL.Database(files['collection.anki2'])
const [col] = db.exec('select models, decks from col')[0].values
const model = Object.values(JSON.parse(col[0]))[0]
const decks = JSON.parse(col[1])
const rows = db.exec('select n.flds, c.did from notes n join cards c on c.nid = n.id')[0].values
const row = rows.find(([flds]) => flds.startsWith(questionStart))
if (!row) throw new Error(`no note starts with "${questionStart}"`)
const values = row[0].split('\x1f')
const fields = Object.fromEntries(model.flds.map((field, index) => [field.name, values[index] ?? '']))
const deckName = decks[String(row[1])].name

const decode = (text) =>
  text
    .replace(/&#x([\da-f]+);/gi, (_w, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
const math = (html) =>
  html
    .replace(/\\\[([\s\S]+?)\\\]/g, (_w, tex) =>
      katex.renderToString(decode(tex), {displayMode: true, throwOnError: false}),
    )
    .replace(/\\\(([\s\S]+?)\\\)/g, (_w, tex) => katex.renderToString(decode(tex), {throwOnError: false}))

/** Anki's template fields, as far as this note type uses them. */
function fill(template) {
  return template
    .replace(/{{text:(\w+)}}/g, (_w, name) => (fields[name] ?? '').replace(/<[^>]*>/g, ''))
    .replace(/{{Subdeck}}/g, deckName.split('::').at(-1))
    .replace(/{{(\w+)}}/g, (_w, name) => math(fields[name] ?? ''))
}

const folder = await mkdtemp(path.join(os.tmpdir(), 'studypack-anki-preview-'))
try {
  for (const [entry, name] of Object.entries(media)) await writeFile(path.join(folder, name), files[entry])
  const katexCss = pathToFileURL(require.resolve('katex/dist/katex.min.css')).href
  const pane = (label, html, night) =>
    `<figure><figcaption>${label}</figcaption><div class="card card1${night ? ' nightMode night_mode' : ''}">${html}</div></figure>`
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${katexCss}"><style>${model.css}</style>
<style>
  html, body { margin: 0; background: #d9dde3; font: 13px system-ui, sans-serif; }
  body { display: flex; gap: 14px; padding: 14px; align-items: flex-start; width: max-content; }
  figure { margin: 0; width: 700px; }
  figcaption { margin: 0 0 6px 2px; color: #3a414b; font-weight: 600; }
  figure > .card { min-height: 520px; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.18); }
</style></head><body>
${pane('Front', fill(model.tmpls[0].qfmt), false)}
${pane('Back', fill(model.tmpls[0].afmt), false)}
${pane('Back, night mode', fill(model.tmpls[0].afmt), true)}
</body></html>`
  const htmlFile = path.join(folder, 'preview.html')
  await writeFile(htmlFile, page)
  const browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  })
  try {
    const tab = await browser.newPage()
    await tab.setViewport({width: 2200, height: 800, deviceScaleFactor: 1})
    await tab.goto(pathToFileURL(htmlFile).href, {waitUntil: 'load'})
    await tab.evaluate(() => document.fonts.ready)
    const size = await tab.evaluate(() => ({width: document.body.scrollWidth, height: document.body.scrollHeight}))
    await tab.screenshot({path: outPath, clip: {x: 0, y: 0, ...size}})
  } finally {
    await browser.close()
  }
  console.log(`${outPath}: "${fields.Front.slice(0, 60)}" from ${apkgPath}`)
} finally {
  await rm(folder, {recursive: true, force: true})
}
