// The limit studypack is measured against: a bare puppeteer script that
// launches the same browser with the same flags and prints the given HTML
// files to PDF, with the same concurrency, doing nothing else.
// Usage: node bench/limit.mjs BROWSER CONCURRENCY OUTDIR FILE.html…
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import puppeteer from 'puppeteer'
import {launchArgs} from '../dist/browser/launch.js'

const [executablePath, concurrency, outDir, ...files] = process.argv.slice(2)
const browser = await puppeteer.launch({executablePath, headless: true, args: launchArgs()})
const queue = [...files]
const lane = async () => {
  const page = await browser.newPage()
  await page.setJavaScriptEnabled(false)
  for (let file = queue.shift(); file; file = queue.shift()) {
    await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
    const pdf = await page.pdf({preferCSSPageSize: true, printBackground: true, outline: true, tagged: true})
    await writeFile(path.join(outDir, `${path.basename(path.dirname(file))}-${path.basename(file, '.html')}.pdf`), pdf)
  }
}
await Promise.all(Array.from({length: Number(concurrency)}, lane))
await browser.close()
