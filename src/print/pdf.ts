/**
 * Stage 6: an HTML document → PDF bytes, in a page that runs no script and
 * reaches no network, and may read files only from the folders it is given.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, HTTPRequest} from 'puppeteer'
import {StudypackError} from '../errors.js'

export interface PrintOptions {
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

export async function printHtml(browser: Browser, html: string, options: PrintOptions): Promise<Uint8Array> {
  // Local fonts load only into a page opened from a file:// URL, so the HTML goes to a file first.
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
    const timeout = options.timeoutMs ?? 60_000
    await page.goto(pathToFileURL(file).href, {waitUntil: 'load', timeout})
    return await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: false,
      timeout,
    })
  } catch (error) {
    if (error instanceof StudypackError) throw error
    throw new StudypackError(`printing failed: ${(error as Error).message.split('\n')[0]}`, {cause: error})
  } finally {
    await page.close().catch(() => {})
    await rm(dir, {recursive: true, force: true})
  }
}
