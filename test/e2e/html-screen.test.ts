/**
 * The --html twins on screen: every sheet is its own page box, scaled to the
 * window, no formula cut; printed from the browser, the HTML gives as many
 * pages, of the same size, as the PDF. Screenshots land in
 * $STUDYPACK_SCREENSHOTS when it is set, to look at.
 */
import {mkdtempSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser} from 'puppeteer'
import {findBrowser} from '../../src/browser/find.js'
import {launchArgs, realBinary} from '../../src/browser/launch.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readPdf} from '../helpers/pdf.js'
import {studypack} from '../helpers/cli.js'

const MM = 96 / 25.4
const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-screen-'))
let browser: Browser

interface Case {
  pack: string
  args: string[]
  documents: Array<{name: string; page: [number, number]}>
}

const CASES: Case[] = [
  {
    pack: 'ml-engineer',
    args: ['-r', 'mle', '--only', 'cards', '--only', 'cheatsheet', '--only', 'checklist'],
    documents: [
      {name: 'cards', page: [210, 297]},
      {name: 'cheatsheet', page: [297, 210]},
      {name: 'checklist', page: [210, 297]},
    ],
  },
  {
    pack: 'data-scientist',
    args: ['-r', 'ds', '--only', 'cards', '--only', 'cheatsheet', '--paper', 'letter', '--orientation', 'portrait'],
    documents: [
      {name: 'cards', page: [215.9, 279.4]},
      {name: 'cheatsheet', page: [215.9, 279.4]},
    ],
  },
  {
    pack: 'product-manager',
    args: ['-r', 'pm', '--only', 'cards', '--card-size', 'index-3x5'],
    documents: [{name: 'cards', page: [127, 76.2]}],
  },
]

beforeAll(async () => {
  for (const entry of CASES) {
    const result = await studypack(['build', ...entry.args, '--html', '-o', out, '-q'])
    expect(result.stderr).toBe('')
  }
  // A plain headless Chromium with studypack's flags: this test looks at the HTML as a reader's browser would.
  const {default: puppeteer} = await import('puppeteer')
  browser = await puppeteer.launch({
    executablePath: realBinary((await findBrowser()).path).path,
    headless: true,
    args: launchArgs(),
  })
}, 300_000)

afterAll(async () => browser?.close())

describe.each(CASES)('--html on screen: $pack', (entry) => {
  it.each(entry.documents)('$name: sheets at the page box, scaled to the window, formulas whole', async (doc) => {
    const page = await browser.newPage()
    try {
      await page.setJavaScriptEnabled(false)
      for (const width of [1400, 700]) {
        await page.setViewport({width, height: 900})
        await page.goto(pathToFileURL(path.join(out, entry.pack, `${doc.name}.html`)).href)
        const sheets = await page.$$eval('body > .sheet', (nodes) =>
          nodes.map((node) => {
            const box = node.getBoundingClientRect()
            return {width: box.width, height: box.height, left: box.left}
          }),
        )
        expect(sheets.length).toBeGreaterThan(0)
        const [pageWidth, pageHeight] = doc.page
        const scale = Math.min(1, (width - 8 * MM) / (pageWidth * MM))
        for (const sheet of sheets) {
          expect(sheet.width).toBeCloseTo(pageWidth * MM * scale, 0)
          expect(sheet.left).toBeGreaterThanOrEqual(0)
          expect(sheet.left + sheet.width).toBeLessThanOrEqual(width)
          // A cheat sheet on screen is one long page; every other sheet has its page's height.
          if (doc.name === 'cheatsheet') expect(sheet.height).toBeGreaterThanOrEqual(pageHeight * MM * scale - 1)
          // The checklist's sheet is a hair (1 mm) under its page, so that rounding never starts a second one.
          else expect(sheet.height).toBeCloseTo((pageHeight - (doc.name === 'checklist' ? 1 : 0)) * MM * scale, 0)
        }
        // A formula is whole: it fits its box, or its box scrolls.
        const cut = await page.$$eval('.katex', (nodes) =>
          nodes.flatMap((node) => {
            const box = node.getBoundingClientRect()
            for (let up = node.parentElement; up; up = up.parentElement) {
              const style = getComputedStyle(up)
              if (style.overflowX === 'auto' || style.overflowX === 'scroll') return []
              if (style.overflowX === 'hidden' || style.overflowX === 'clip') {
                const holder = up.getBoundingClientRect()
                return box.right > holder.right + 1 || box.left < holder.left - 1
                  ? [node.textContent?.slice(0, 40)]
                  : []
              }
            }
            return []
          }),
        )
        expect(cut).toEqual([])
        if (process.env.STUDYPACK_SCREENSHOTS)
          await page.screenshot({
            path: path.join(process.env.STUDYPACK_SCREENSHOTS, `${entry.pack}-${doc.name}-${width}.png`),
          })
      }
      // Printed from the browser, the HTML gives the PDF's pages.
      const printed = await page.pdf({preferCSSPageSize: true, printBackground: true})
      const copy = path.join(out, `${entry.pack}-${doc.name}-printed.pdf`)
      await writeFile(copy, printed)
      const [ours, theirs] = await Promise.all([readPdf(path.join(out, entry.pack, `${doc.name}.pdf`)), readPdf(copy)])
      expect(theirs.pages.length).toBe(ours.pages.length)
    } finally {
      await page.close()
    }
  })
})
