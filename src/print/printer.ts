/**
 * One browser for a whole run, shared by every document that is printed, and
 * closed on every way out. (On SIGINT, SIGTERM and SIGHUP puppeteer's own
 * handlers kill it before the process exits.)
 */
import type {Browser} from 'puppeteer'
import {assetRoots} from '../template.js'
import {findBrowser, launchBrowser, type BrowserChoice} from './browser.js'
import {measureHtml, printHtml, type MeasureOptions} from './pdf.js'

export interface Printer {
  print(html: string): Promise<Uint8Array>
  /** Lay `html` out with print styles and return what `measure` finds in the page (see measureHtml). */
  measure<T, A>(html: string, measure: (arg: A) => T, how: MeasureOptions<A>): Promise<Awaited<T>>
  readonly browser: BrowserChoice
}

export interface PrinterOptions {
  browserPath?: string
  /** The content folder: the only user folder a page may read (for its images). */
  contentDir: string
  timeoutMs?: number
  onBlocked?: (url: string) => void
}

export async function withPrinter<T>(options: PrinterOptions, work: (printer: Printer) => Promise<T>): Promise<T> {
  const choice = await findBrowser(options.browserPath)
  const browser: Browser = await launchBrowser(choice, options.timeoutMs)
  const pageOptions = {readableRoots: [options.contentDir, ...assetRoots()], timeoutMs: options.timeoutMs, onBlocked: options.onBlocked}
  try {
    return await work({
      browser: choice,
      print: (html) => printHtml(browser, html, pageOptions),
      measure: (html, measure, how) => measureHtml(browser, html, pageOptions, measure, how),
    })
  } finally {
    await browser.close().catch(() => {})
  }
}
