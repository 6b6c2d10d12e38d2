/**
 * Stage 6: an HTML document → PDF bytes, in a page that runs no script of its
 * own and reaches no network, and may read files only from the folders it is
 * given. The same kind of page measures layouts before they are printed.
 */
import {realpathSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, HTTPRequest, Page} from 'puppeteer'
import {inlineStylesheets, stylesheetCache, type StylesheetCache} from './stylesheets.js'

export interface PageOptions {
  /** Folders the page may read (the run's temp folder, content, templates, fonts), as real paths: see pageOptions. */
  readableRoots: string[]
  timeoutMs: number
  /** Told of every request the page was refused. */
  onBlocked?: (url: string) => void
  /** The stylesheets this session has read (see stylesheets.ts). */
  stylesheets: StylesheetCache
}

function inside(file: string, roots: string[]): boolean {
  return roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
}

/** The file a path really is: a symlink in the content folder may point anywhere. */
function real(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

/** Only local files under the readable roots (links followed), and inline data, may load. */
export function allowRequest(url: string, roots: string[]): boolean {
  if (url.startsWith('data:')) return true
  if (!url.startsWith('file:')) return false
  try {
    return inside(real(fileURLToPath(url)), roots)
  } catch {
    return false
  }
}

/** What every page of a run shares, with its folders resolved once (a symlinked temp folder is common). */
export function pageOptions(folders: string[], timeoutMs: number, onBlocked?: (url: string) => void): PageOptions {
  return {readableRoots: folders.map(real), timeoutMs, onBlocked, stylesheets: stylesheetCache()}
}

/** A page with scripts off and every request checked; reused for many documents. `made`: a page to use instead of a new one. */
export async function preparePage(browser: Browser, options: PageOptions, made?: Page): Promise<Page> {
  const page = made ?? (await browser.newPage())
  page.setDefaultTimeout(options.timeoutMs)
  await page.setJavaScriptEnabled(false)
  // Every document is laid out for print, measured or printed: switching media costs two full layouts.
  await page.emulateMediaType('print')
  await page.setRequestInterception(true)
  page.on('request', (request: HTTPRequest) => {
    if (allowRequest(request.url(), options.readableRoots)) return void request.continue()
    options.onBlocked?.(request.url())
    void request.abort('blockedbyclient')
  })
  return page
}

/**
 * Open a document in the page. Local fonts load only into a page opened from
 * a file:// URL, so the HTML goes to a file (in the run's temp folder) first.
 */
export async function openDocument(
  page: Page,
  file: string,
  html: string,
  options: PageOptions,
  onSent: () => void = () => {},
): Promise<void> {
  await writeFile(
    file,
    inlineStylesheets(html, options.stylesheets, (url) => allowRequest(url, options.readableRoots)),
  )
  const loaded = page.goto(pathToFileURL(file).href, {waitUntil: 'load', timeout: options.timeoutMs})
  // The browser has the document: it lays it out on its own from here.
  onSent()
  await loaded
}

export interface PrintOptions {
  /**
   * A draft is printed only to be read back (for its page numbers): it skips
   * the tagged structure, which costs about a third of a print.
   */
  draft?: boolean
}

export function printPage(page: Page, timeoutMs: number, options: PrintOptions = {}): Promise<Uint8Array> {
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: !options.draft,
    displayHeaderFooter: false,
    timeout: timeoutMs,
  })
}

export interface MeasureOptions<A> {
  arg: A
}

/**
 * Run `measure` inside the open document, laid out with print styles (the
 * page emulates print media from the start; page scripts stay off, this runs
 * through the DevTools protocol). `measure` must be self-contained: it is
 * serialised into the page.
 */
export async function measurePage<T, A>(
  page: Page,
  measure: (arg: A) => T,
  how: MeasureOptions<A>,
): Promise<Awaited<T>> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  return (await page.evaluate(measure as (arg: unknown) => unknown, how.arg)) as Awaited<T>
}
