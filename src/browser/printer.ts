/**
 * One browser for a whole run, shared by every document, with a pool of
 * pages. It is closed on every way out: success, error, or a signal. A
 * browser that crashes is started again and the document retried once; one
 * that hangs past --timeout is killed and the build fails with a clear error.
 */
import {randomBytes} from 'node:crypto'
import {mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'puppeteer'
import {StudypackError} from '../core/errors.js'
import {isEnding, onExit} from '../core/lifecycle.js'
import {type Reaper, startReaper} from '../core/reaper.js'
import {assetRoots} from '../render/template.js'
import {findBrowser, type BrowserChoice} from './find.js'
import {launchBrowser, type LaunchedBrowser} from './launch.js'
import {
  measurePage,
  openDocument,
  pageOptions,
  preparePage,
  printPage,
  type MeasureOptions,
  type PageOptions,
  type PrintOptions,
} from './pdf.js'
import {loadPdfReader} from './outline.js'
import {Pool} from './pool.js'

/** A document open in a page of the browser: laid out once, measured, adjusted, printed. */
export interface OpenDocument {
  /**
   * Run `measure` inside the page, laid out with print styles. It may also
   * adjust the page (a size, a hidden group): a later print shows the change.
   */
  measure<T, A>(measure: (arg: A) => T, how: MeasureOptions<A>): Promise<Awaited<T>>
  print(options?: PrintOptions): Promise<Uint8Array>
}

export interface Printer {
  print(html: string, options?: PrintOptions): Promise<Uint8Array>
  /**
   * Open `html` in one page and let `work` measure and print it there, so a
   * document fitted in the browser is not loaded a second time to be printed.
   * After a crash, `work` runs again from the start in a new browser.
   */
  open<T>(html: string, work: (document: OpenDocument) => Promise<T>): Promise<T>
  /** How many times a browser was started: one, unless one crashed. */
  launches(): number
}

export interface PrinterOptions {
  browserPath?: string
  /** The content folder: the user folder a page may read (for its images). */
  contentDir: string
  /** Other folders the user named (the folders of --css files). */
  extraRoots?: string[]
  timeoutMs?: number
  /** Documents in the browser at once. */
  concurrency?: number
  onBlocked?: (url: string) => void
  /** Told when the browser crashed and is started again. */
  onRestart?: (reason: string) => void
}

/** How long a browser gets to close itself before it is killed; a hung one gets none. */
const CLOSE_PATIENCE_MS = 3000

function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const patience = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms)
  })
  return Promise.race([work, patience]).finally(() => clearTimeout(timer))
}

class Session {
  private browser?: Browser
  private launched?: LaunchedBrowser
  private starting?: Promise<Browser>
  launches = 0
  readonly pool: Pool<Page>
  readonly pageOptions: PageOptions

  constructor(
    readonly choice: BrowserChoice,
    private readonly options: Required<Pick<PrinterOptions, 'timeoutMs' | 'concurrency'>> & PrinterOptions,
    readableRoots: string[],
    private readonly reaper: Reaper,
  ) {
    this.pageOptions = pageOptions(readableRoots, options.timeoutMs, options.onBlocked)
    this.pool = new Pool(
      options.concurrency,
      async () => preparePage(await this.current(), this.pageOptions),
      // A page of a hung browser never answers: it is dropped with its browser, not waited for.
      async (page) => void (await within(page.close(), 1000)),
      // A page of a browser that has since crashed or been closed is never handed out again.
      (page) => page.browser().connected,
    )
  }

  /** The running browser, started on first use and again after a crash. */
  current(): Promise<Browser> {
    if (this.browser?.connected) return Promise.resolve(this.browser)
    // A signal is ending the run: no new browser (and profile folder) to be left behind by the exit.
    if (isEnding()) return Promise.reject(new StudypackError('the run is ending'))
    this.starting ??= launchBrowser(this.choice, this.options.timeoutMs, this.reaper)
      .then((launched) => {
        this.launches++
        this.launched = launched
        this.browser = launched.browser
        return launched.browser
      })
      // A failed start is not remembered: the next document tries again.
      .finally(() => (this.starting = undefined))
    return this.starting
  }

  /**
   * Close `browser` if it is still the current one; several documents may see
   * the same crash, and only the first restarts anything.
   */
  async retire(browser: Browser, patienceMs = CLOSE_PATIENCE_MS): Promise<void> {
    if (this.browser === browser) await this.close(patienceMs)
  }

  /** Close the browser, kill it if it does not go quietly, and remove its profile and temp files. */
  async close(patienceMs = CLOSE_PATIENCE_MS): Promise<void> {
    const browser = this.browser
    const launched = this.launched
    this.browser = undefined
    this.launched = undefined
    this.pool.clear()
    if (!browser || !launched) return
    const child = browser.process()
    const exited =
      child && child.exitCode === null && child.signalCode === null
        ? new Promise((resolve) => child.once('exit', resolve))
        : Promise.resolve()
    if (patienceMs > 0)
      await within(
        browser.close().catch(() => {}),
        patienceMs,
      )
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    // Its files are in use until it has exited; a killed process exits at once.
    await within(exited, 2000)
    await launched.removeFolder()
  }
}

const isTimeout = (error: unknown) =>
  (error as Error)?.name === 'TimeoutError' || /timed? ?out/i.test((error as Error)?.message ?? '')

function describeFailure(error: unknown, timeoutMs: number): StudypackError {
  if (error instanceof StudypackError) return error
  const message = (error as Error).message ?? String(error)
  if (isTimeout(error)) {
    return new StudypackError(
      `the browser did not finish within ${Math.round(timeoutMs / 1000)} s (raise --timeout if the documents are large)`,
      {cause: error},
    )
  }
  return new StudypackError(`printing failed: ${message.split('\n')[0]}`, {cause: error})
}

function documentIn(page: Page, timeoutMs: number): OpenDocument {
  return {
    measure: (measure, how) => measurePage(page, measure, how),
    print: (how) => printPage(page, timeoutMs, how),
  }
}

async function run<T>(
  session: Session,
  tempDir: string,
  timeoutMs: number,
  html: string,
  step: (page: Page) => Promise<T>,
  onRestart?: (reason: string) => void,
): Promise<T> {
  let used: Browser | undefined
  const attempt = async () => {
    // The browser this attempt runs in: a crash may come before its page exists.
    used = await session.current()
    return session.pool.use(async (page) => {
      used = page.browser()
      const file = path.join(tempDir, `${randomBytes(6).toString('hex')}.html`)
      try {
        await openDocument(page, file, html, session.pageOptions)
        return await step(page)
      } finally {
        await rm(file, {force: true})
      }
    })
  }
  try {
    return await attempt()
  } catch (error) {
    // The browser this document ran in is gone: a crash (or another document's timeout closed it).
    const crashed = used !== undefined && !used.connected
    if (!crashed) {
      // A hung browser is not trusted with the next document, nor waited for.
      if (isTimeout(error) && used) await session.retire(used, 0)
      throw describeFailure(error, timeoutMs)
    }
    onRestart?.((error as Error).message.split('\n')[0] ?? 'crash')
    await session.retire(used!)
    return attempt().catch((again: unknown) => {
      throw describeFailure(again, timeoutMs)
    })
  }
}

export async function withPrinter<T>(options: PrinterOptions, work: (printer: Printer) => Promise<T>): Promise<T> {
  const choice = await findBrowser(options.browserPath)
  const timeoutMs = options.timeoutMs ?? 60_000
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'studypack-'))
  // Removes the run's temp folders should this process be killed outright (-9) before it can.
  const reaper = startReaper()
  const removed = reaper.watch(tempDir)
  const readableRoots = [tempDir, options.contentDir, ...(options.extraRoots ?? []), ...assetRoots()]
  const session = new Session(
    choice,
    {...options, timeoutMs, concurrency: options.concurrency ?? 1},
    readableRoots,
    reaper,
  )
  const cleanup = async () => {
    await session.close()
    await rm(tempDir, {recursive: true, force: true})
    removed()
    reaper.close()
  }
  // On a signal too: browser closed, temp files gone (see lifecycle.ts).
  const release = onExit(cleanup)
  try {
    // Documents read their PDFs back (page numbers, page counts): pdf.js loads while Chromium starts.
    void loadPdfReader().catch(() => {})
    await session.current()
    const open = <R>(html: string, work: (document: OpenDocument) => Promise<R>) =>
      run(session, tempDir, timeoutMs, html, (page) => work(documentIn(page, timeoutMs)), options.onRestart)
    return await work({
      open,
      print: (html, how) => open(html, (document) => document.print(how)),
      launches: () => session.launches,
    })
  } finally {
    release()
    await cleanup()
  }
}
