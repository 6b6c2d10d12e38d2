/**
 * One browser for a whole run, shared by every document, with a pool of
 * pages. It is closed on every way out: success, error, or a signal. A
 * browser that crashes is started again and the document retried once; one
 * that hangs past --timeout is killed and the build fails with a clear error.
 */
import {randomBytes} from 'node:crypto'
import {mkdtempSync} from 'node:fs'
import {rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'puppeteer'
import {StudypackError} from '../core/errors.js'
import {signal} from '../core/signal.js'
import {NO_PROFILE, type Profile} from '../core/profile.js'
import {isEnding, onExit} from '../core/lifecycle.js'
import type {Reaper} from '../core/reaper.js'
import {assetRoots} from '../render/template.js'
import type {BrowserChoice} from './find.js'
import {launchBrowser, type LaunchedBrowser} from './launch.js'
import {type BrowserStart, endBrowser, startBrowser, stopBrowser, within} from './start.js'
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
  /** The same printer, its work timed in the run's profile as `owner`'s (a document's name). */
  for(owner: string): Printer
  /** Settles once this printer (see `for`) has sent its first document to the browser. */
  sent(): Promise<void>
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
  /** Where the time of each page's work is recorded (`build --profile`). */
  profile?: Profile
  /** A browser already on its way (start.ts); else one is started now. */
  start?: BrowserStart
}

class Session {
  private browser?: Browser
  private launched?: LaunchedBrowser
  private starting?: Promise<Browser>
  /** Browsers whose blank first tab a document has taken (see initialPage). */
  private readonly initialTaken = new WeakSet<LaunchedBrowser>()
  /** Browsers that died and are being removed (see current). */
  private readonly burials: Array<Promise<void>> = []
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
      async () => {
        const browser = await this.current()
        const initial = await this.initialPage(browser)
        return whileConnected(browser, preparePage(browser, this.pageOptions, initial))
      },
      // A page of a hung browser never answers: it is dropped with its browser, not waited for.
      async (page) => void (await within(page.close(), 1000)),
      // A page of a browser that has since crashed or been closed is never handed out again.
      (page) => page.browser().connected,
      // A browser that did not open a page in time is hung: the document fails now, not after opening another.
      isTimeout,
    )
  }

  /** The blank tab `browser` started with, the first time it is asked for (then a page is opened as usual). */
  private async initialPage(browser: Browser): Promise<Page | undefined> {
    const launched = this.launched
    if (!launched || launched.browser !== browser || this.initialTaken.has(launched)) return undefined
    this.initialTaken.add(launched)
    const page = await launched.initial
    return page && !page.isClosed() ? page : undefined
  }

  /** The running browser, started on first use and again after a crash. */
  current(): Promise<Browser> {
    if (this.browser?.connected) return Promise.resolve(this.browser)
    // A browser that crashed under a page no document was using yet: its folder goes before another starts.
    if (this.launched && !this.starting) {
      this.burials.push(endBrowser(this.launched))
      this.launched = undefined
      this.browser = undefined
    }
    // A signal is ending the run: no new browser (and profile folder) to be left behind by the exit.
    if (isEnding()) return Promise.reject(new StudypackError('the run is ending'))
    this.starting ??= this.adopt(launchBrowser(this.choice, this.options.timeoutMs, this.reaper))
    return this.starting
  }

  /** Use the browser `launching` gives as the current one (a browser started early, see startBrowser). */
  adopt(launching: Promise<LaunchedBrowser>): Promise<Browser> {
    this.starting = launching
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
  async retire(browser: Browser): Promise<void> {
    if (this.browser === browser) await this.close()
  }

  /** End the browser (start.ts endBrowser) and remove its profile and temp files. */
  async close(): Promise<void> {
    // A browser still starting is waited for, so that it is closed too.
    await this.starting?.catch(() => {})
    const launched = this.launched
    this.browser = undefined
    this.launched = undefined
    this.pool.clear()
    await Promise.all([...this.burials, launched && endBrowser(launched)])
  }
}

/**
 * `work` on `browser`, or an error once the browser is gone: puppeteer's new
 * page waits for the browser to announce it, and a browser that dies first
 * never does (the promise would hang, with nothing left to wake it).
 */
function whileConnected<T>(browser: Browser, work: Promise<T>): Promise<T> {
  let gone: (() => void) | undefined
  const disconnected = new Promise<never>((_, reject) => {
    gone = () => reject(new StudypackError('the browser closed while a page was being opened'))
    if (!browser.connected) gone()
    browser.once('disconnected', gone)
  })
  disconnected.catch(() => {})
  return Promise.race([work, disconnected]).finally(() => browser.off('disconnected', gone!))
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

interface Timing {
  profile: Profile
  owner: string
  /** Told each time a document has been sent to the browser. */
  onSent: () => void
}

function documentIn(page: Page, timeoutMs: number, {profile, owner}: Timing): OpenDocument {
  return {
    measure: (measure, how) =>
      profile.time(owner, `measure ${measure.name || 'layout'}`, () => measurePage(page, measure, how)),
    print: (how) => profile.time(owner, how?.draft ? 'print (draft)' : 'print', () => printPage(page, timeoutMs, how)),
  }
}

async function run<T>(
  session: Session,
  tempDir: string,
  timeoutMs: number,
  html: string,
  step: (page: Page) => Promise<T>,
  {profile, owner, onSent}: Timing,
  onRestart?: (reason: string) => void,
): Promise<T> {
  let used: Browser | undefined
  let starting = false
  const attempt = async () => {
    // The browser this attempt runs in: a crash may come before its page exists, or while it starts.
    starting = true
    used = await session.current()
    starting = false
    const asked = performance.now()
    return session.pool.use(async (page) => {
      profile.since(owner, 'wait for a page', asked)
      used = page.browser()
      const file = path.join(tempDir, `${randomBytes(6).toString('hex')}.html`)
      try {
        await profile.time(owner, 'load page', () => openDocument(page, file, html, session.pageOptions, onSent))
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
    // One that died while starting (it starts early, beside the content's checks) counts as a crash too.
    const crashed = starting ? !isEnding() && !isTimeout(error) : used !== undefined && !used.connected
    if (!crashed) {
      // A hung browser is not trusted with the next document, nor waited for.
      if (isTimeout(error) && used) await session.retire(used)
      throw describeFailure(error, timeoutMs)
    }
    onRestart?.((error as Error).message.split('\n')[0] ?? 'crash')
    if (used) await session.retire(used)
    return attempt().catch((again: unknown) => {
      throw describeFailure(again, timeoutMs)
    })
  }
}

export async function withPrinter<T>(options: PrinterOptions, work: (printer: Printer) => Promise<T>): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000
  const start = options.start ?? startBrowser(options.browserPath, timeoutMs)
  const choice = await start.choice.catch(async (error: unknown) => {
    await stopBrowser(start)
    throw error
  })
  const {reaper} = start
  // A signal came while the content was read: its clean-ups are running, nothing more is made.
  if (isEnding()) {
    await stopBrowser(start)
    throw new StudypackError('the run is ending')
  }
  // Made and handed to the clean-ups in one go (no await between): a signal cannot leave it behind.
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'studypack-'))
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
  start.release()
  const profile = options.profile ?? NO_PROFILE
  try {
    // Documents read their PDFs back (page numbers, page counts): pdf.js loads while Chromium starts.
    void loadPdfReader().catch(() => {})
    session.adopt(start.browser).catch(() => {})
    start.browser.then(
      (launched) => profile.since('run', 'browser start', start.started, launched.readyAt),
      () => {},
    )
    // Pages are made ready while the documents are being rendered: opening one costs more than a load.
    session.pool.warm()
    const printerFor = (owner: string): Printer => {
      const {done: sent, fire: onSent} = signal()
      const timing = {profile, owner, onSent}
      const open = <R>(html: string, work: (document: OpenDocument) => Promise<R>) =>
        run(
          session,
          tempDir,
          timeoutMs,
          html,
          (page) => work(documentIn(page, timeoutMs, timing)),
          timing,
          options.onRestart,
        )
      return {
        open,
        print: (html, how) => open(html, (document) => document.print(how)),
        launches: () => session.launches,
        for: printerFor,
        sent: () => sent,
      }
    }
    return await work(printerFor('document'))
  } finally {
    release()
    await profile.time('run', 'browser close', cleanup)
  }
}
