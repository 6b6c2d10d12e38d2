// The limit studypack is measured against: a bare puppeteer script that
// launches the same browser with the same flags and prints the given HTML
// files to PDF, with the same concurrency, doing nothing else.
// Usage: node bench/limit.mjs BROWSER CONCURRENCY OUTDIR FILE.html…
// With LIMIT_PROFILE=FILE it writes its phases there, as `build --profile` does.
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import puppeteer from 'puppeteer'
import {launchArgs} from '../dist/browser/launch.js'

const spans = [{owner: 'run', phase: 'process start and imports', start: 0, ms: performance.now()}]
const time = async (owner, phase, work) => {
  const start = performance.now()
  try {
    return await work()
  } finally {
    spans.push({owner, phase, start, ms: performance.now() - start})
  }
}
const [executablePath, concurrency, outDir, ...files] = process.argv.slice(2)
const browser = await time('run', 'browser start', () =>
  puppeteer.launch({executablePath, headless: true, args: launchArgs()}),
)
const queue = [...files]
const lane = async () => {
  const page = await time('run', 'open a page', () => browser.newPage())
  await page.setJavaScriptEnabled(false)
  for (let file = queue.shift(); file; file = queue.shift()) {
    const owner = path.basename(file, '.html')
    await time(owner, 'load page', () => page.goto(pathToFileURL(file).href, {waitUntil: 'load'}))
    const pdf = await time(owner, 'print', () =>
      page.pdf({preferCSSPageSize: true, printBackground: true, outline: true, tagged: true}),
    )
    const name = `${path.basename(path.dirname(file))}-${owner}.pdf`
    await time(owner, `write ${owner}.pdf`, () => writeFile(path.join(outDir, name), pdf))
  }
}
await Promise.all(Array.from({length: Number(concurrency)}, lane))
await time('run', 'browser close', () => browser.close())
if (process.env.LIMIT_PROFILE)
  await writeFile(process.env.LIMIT_PROFILE, JSON.stringify({totalMs: performance.now(), spans}, null, 2))
