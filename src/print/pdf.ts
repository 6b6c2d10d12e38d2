/**
 * Stage 6: an HTML document → PDF bytes, in a page that runs no script of its
 * own and reaches no network, and may read files only from the folders it is
 * given. The same kind of page measures layouts before they are printed.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, HTTPRequest, Page} from 'puppeteer'
import {StudypackError} from '../errors.js'

export interface PageOptions {
  /** Folders the page may read: content, templates, fonts. */
  readableRoots: string[]
  timeoutMs?: number
  /** Told of every request the page was refused. */
  onBlocked?: (url: string) => void
}

function inside(file: string, roots: string[]): boolean {
  return roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
}

/** Only local files under the readable roots, and inline data, may load. */
export function allowRequest(url: string, roots: string[]): boolean {
  if (url.startsWith('data:')) return true
  if (!url.startsWith('file:')) return false
  try {
    return inside(path.resolve(fileURLToPath(url)), roots)
  } catch {
    return false
  }
}

/**
 * Open an HTML document in a locked-down page and hand the page to `work`.
 * Local fonts load only into a page opened from a file:// URL, so the HTML
 * goes to a temp file first; it is removed, and the page closed, afterwards.
 */
export async function withDocumentPage<T>(browser: Browser, html: string, options: PageOptions, work: (page: Page) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'studypack-'))
  const file = path.join(dir, 'document.html')
  const roots = [dir, ...options.readableRoots.map((root) => path.resolve(root))]
  const page = await browser.newPage()
  try {
    await writeFile(file, html)
    await page.setJavaScriptEnabled(false)
    await page.setRequestInterception(true)
    page.on('request', (request: HTTPRequest) => {
      if (allowRequest(request.url(), roots)) return void request.continue()
      options.onBlocked?.(request.url())
      void request.abort('blockedbyclient')
    })
    await page.goto(pathToFileURL(file).href, {waitUntil: 'load', timeout: options.timeoutMs ?? 60_000})
    return await work(page)
  } catch (error) {
    if (error instanceof StudypackError) throw error
    throw new StudypackError(`printing failed: ${(error as Error).message.split('\n')[0]}`, {cause: error})
  } finally {
    await page.close().catch(() => {})
    await rm(dir, {recursive: true, force: true})
  }
}

export function printHtml(browser: Browser, html: string, options: PageOptions): Promise<Uint8Array> {
  return withDocumentPage(browser, html, options, (page) =>
    page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: false,
      timeout: options.timeoutMs ?? 60_000,
    }),
  )
}

export interface MeasureOptions<A> {
  /** CSS pixels; layouts that must match print give their boxes sizes in mm instead. */
  viewport?: {width: number; height: number}
  arg: A
}

/**
 * Lay the document out with print styles and run `measure` inside the page
 * (page scripts stay off; this runs through the DevTools protocol). `measure`
 * must be self-contained: it is serialised into the page.
 */
export function measureHtml<T, A>(browser: Browser, html: string, options: PageOptions, measure: (arg: A) => T, how: MeasureOptions<A>): Promise<Awaited<T>> {
  return withDocumentPage(browser, html, options, async (page): Promise<Awaited<T>> => {
    await page.emulateMediaType('print')
    if (how.viewport) await page.setViewport(how.viewport)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    return (await page.evaluate(measure as (arg: unknown) => unknown, how.arg)) as Awaited<T>
  })
}
