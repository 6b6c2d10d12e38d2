/**
 * One browser for a whole run, shared by every document that is printed, and
 * closed on every way out. (On SIGINT, SIGTERM and SIGHUP puppeteer's own
 * handlers kill it before the process exits.)
 */
import type {Browser} from 'puppeteer'
import {assetRoots} from '../template.js'
import {findBrowser, launchBrowser, type BrowserChoice} from './browser.js'
import {printHtml} from './pdf.js'

export interface Printer {
  print(html: string): Promise<Uint8Array>
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
  const readableRoots = [options.contentDir, ...assetRoots()]
  try {
    return await work({
      browser: choice,
      print: (html) => printHtml(browser, html, {readableRoots, timeoutMs: options.timeoutMs, onBlocked: options.onBlocked}),
    })
  } finally {
    await browser.close().catch(() => {})
  }
}
