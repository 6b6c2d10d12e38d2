/**
 * The cheat sheet document: the pack's topic lists with their glossary
 * definitions, fitted to a page budget. The type size is found by laying the
 * sheet out in Chrome, in the page it is then printed from, and checked
 * against the printed PDF itself.
 */
import {typeSizes} from '../../render/type-sizes.js'
import {warning} from '../../core/messages.js'
import {z} from 'zod'
import {pageCount} from '../../browser/outline.js'
import type {Printer} from '../../browser/printer.js'
import {oneOf, option} from '../../config/options.js'
import {cheatsheetView, withSize, type CheatsheetView} from './view.js'
import {defineDocument, type DocumentRun} from '../types.js'

/** Largest first: the sheet gets the biggest type its budget allows. */
const SIZES = typeSizes(10.5, 7, 0.25)
/** Never smaller than this: the promise the sheet makes about legibility. */
export const MIN_SIZE = 7

/** What the template needs besides the view. */
const page = (view: CheatsheetView, measuring = false) => ({...view, measuring})

interface Layout {
  pages: number
  /** Terms with a formula wider than the column. */
  overflowing: string[]
}

interface Found {
  /** Layouts at the sizes the search looked at, by index into `sizes`. */
  layouts: Record<number, Layout>
  /** Index of the size chosen: the largest within budget (and clean, if any is), else the floor. */
  best: number
  /** Line height, when even the floor size needed tighter leading to keep the budget. */
  leading: number | null
}

/** At the floor size, tighter line heights tried before a sheet goes over its budget. */
const LEADINGS = [1.12, 1.05]

/**
 * Runs inside the page (serialised: it must not refer to anything outside).
 * The measuring sheet is one page's box; what does not fit makes overflow
 * columns to its right, so the columns it uses tell the pages it needs. The
 * pages only grow with the type size, and so do formulas too wide for their
 * column: the size wanted is the largest within budget and clean, else the
 * largest within budget. A few layouts find it, each costing as much as a
 * print's, but the first is the page's own (it is loaded at the size the
 * search starts from). The page is left at that size, out of measuring
 * mode, ready to print.
 */
function fitSheet(arg: {sizes: number[]; budget: number; start: number | null; leadings: number[]}): Found {
  const root = document.documentElement
  const sheet = document.querySelector('.sheet') as HTMLElement
  const style = getComputedStyle(sheet)
  const columns = Number(style.columnCount) || 1
  const gap = parseFloat(style.columnGap) || 0
  const overflowing = () =>
    Array.from(document.querySelectorAll<HTMLElement>('.cs-formula')).flatMap((formula) => {
      const limit = formula.parentElement!.getBoundingClientRect().right + 0.5
      const parts = Array.from(formula.querySelectorAll<HTMLElement>('.katex-html > *'))
      const wide = parts.some((part) => part.getBoundingClientRect().right > limit)
      return wide ? [formula.closest('.cs-term')?.querySelector('.cs-name')?.textContent ?? '?'] : []
    })
  const layouts: Record<number, Layout & {columns: number}> = {}
  const at = (index: number) => {
    if (layouts[index]) return layouts[index]
    root.style.setProperty('--size', `${arg.sizes[index]}pt`)
    const column = (sheet.clientWidth - gap * (columns - 1)) / columns
    const used = Math.round((sheet.scrollWidth + gap) / (column + gap))
    return (layouts[index] = {pages: Math.max(1, Math.ceil(used / columns)), columns: used, overflowing: overflowing()})
  }
  const last = arg.sizes.length - 1
  const fits = (index: number) => at(index).pages <= arg.budget
  /** The text's area grows with the square of its size: from the largest size, a guess at the one that fills the budget. */
  const guess = () => {
    const size = arg.sizes[0]! * Math.sqrt((arg.budget * columns) / at(0).columns)
    const index = arg.sizes.findIndex((each) => each <= size)
    return index < 0 ? last : index
  }
  /** Walk from `start` to the first index where `ok` holds (it then holds for every smaller size); null if none. */
  const walk = (start: number, ok: (index: number) => boolean): number | null => {
    let index = start
    if (ok(index)) {
      while (index > 0 && ok(index - 1)) index--
      return index
    }
    while (index < last && !ok(index)) index++
    return ok(index) ? index : null
  }
  const clean = (index: number) => fits(index) && at(index).overflowing.length === 0
  // The last sheet's size is usually right or a step off; without one, a guess from the largest size.
  const start = arg.start ?? (clean(0) ? 0 : guess())
  const best = walk(start, clean) ?? walk(start, fits) ?? last
  root.style.setProperty('--size', `${arg.sizes[best]}pt`)
  // Over budget at the floor: the leading gives before the budget does.
  let leading: number | null = null
  if (!fits(best)) {
    for (const each of arg.leadings) {
      root.style.setProperty('--leading', String(each))
      delete layouts[best]
      leading = each
      if (fits(best)) break
    }
  }
  // A section that goes on over a page break repeats its heading at the top of the new page.
  const column = (sheet.clientWidth - gap * (columns - 1)) / columns
  const left = sheet.getBoundingClientRect().left
  const pageOf = (element: Element) =>
    Math.floor((element.getBoundingClientRect().left - left + 1) / (column + gap) / columns)
  for (const group of Array.from(document.querySelectorAll<HTMLElement>('.cs-group'))) {
    const heading = group.querySelector('h2')
    if (!heading) continue
    let page = pageOf(heading)
    for (const block of Array.from(group.querySelectorAll<HTMLElement>(':scope > .cs-block'))) {
      const own = pageOf(block)
      if (own <= page) continue
      const again = heading.cloneNode(true) as HTMLElement
      again.classList.add('cs-again')
      again.setAttribute('aria-hidden', 'true')
      block.before(again)
      page = own
    }
  }
  root.classList.remove('measuring')
  return {layouts, best, leading}
}

/**
 * Fit the sheet in the page and print it there. Measurement and print can
 * differ by a line, so the PDF has the last word: a sheet that comes out too
 * long is printed again a size or more down. At the floor, it prints as it falls.
 */
async function printFitted(printer: Printer, run: DocumentRun, view: CheatsheetView, budget: number) {
  // Where the last sheet of this page size and budget fitted, in this run: the sheets of a batch
  // differ by a few sections, so the next one's search starts there. The search checks every step.
  const lastFit = run.fits.cheatsheet
  const key = JSON.stringify([view.page, budget])
  const start = lastFit.get(key) ?? null
  const render = (sheet: CheatsheetView, measuring = false) =>
    run.templates.render('cheatsheet', page(sheet, measuring))
  const measuring = render(withSize(view, SIZES[start ?? 0]!), true)
  const fitted = await printer.open(measuring, async (sheet) => {
    const found = await sheet.measure(fitSheet, {arg: {sizes: SIZES, budget, start, leadings: LEADINGS}})
    return {found, pdf: await sheet.print()}
  })
  const {best, layouts, leading} = fitted.found
  lastFit.set(key, best)
  const sized = (size: number) => ({...withSize(view, size), leading})
  let printed = {pdf: fitted.pdf, pages: await pageCount(fitted.pdf), size: SIZES[best]!}
  // Smaller type never takes more pages: a step or three down settles a sheet that printed a line
  // too long; failing that, the floor.
  for (const size of new Set([...SIZES.slice(best + 1, best + 4), MIN_SIZE])) {
    if (printed.pages <= budget || size >= printed.size) break
    const pdf = await printer.print(render(sized(size)))
    printed = {pdf, pages: await pageCount(pdf), size}
  }
  // Formulas narrow with the type: what overflowed at the chosen size is the most that can at a smaller one.
  const overflowing = (layouts[SIZES.indexOf(printed.size)] ?? layouts[best])?.overflowing ?? []
  return {...printed, overflowing, html: render(sized(printed.size))}
}

const ORIENTATIONS = ['landscape', 'portrait'] as const

export const cheatsheetDocument = defineDocument({
  name: 'cheatsheet',
  describe: 'cheatsheet.pdf: every topic with its definition and formulas, on --pages pages',
  needsBrowser: true,
  options: {
    pages: option({
      type: 'number',
      schema: z
        .number({error: 'takes a whole number of pages'})
        .int('takes a whole number of pages')
        .min(1, 'takes a whole number of pages, 1 or more')
        .default(2),
      describe: `Cheat sheet page budget: the type is fitted to it, never below ${MIN_SIZE}pt`,
    }),
    orientation: option({
      type: 'string',
      choices: ORIENTATIONS,
      schema: oneOf(ORIENTATIONS).default('landscape'),
      describe: 'Cheat sheet page orientation',
    }),
  },
  async build({study, guide, pack, meta, options, printer, report, run}) {
    const budget = options.pages
    const view = cheatsheetView(guide, study.glossary, meta, {
      orientation: options.orientation,
      html: {baseDir: study.content.folder, cache: run.html},
    })
    const where = `${pack.folder}/cheatsheet.pdf`
    if (view.groups.length === 0) {
      report.warn(
        warning(
          'no topic lists (Key Topics, Algorithms, Metrics, …) or steps in this pack: no cheat sheet written',
          'cheatsheet-empty',
          {file: where},
        ),
      )
      return []
    }
    const {pdf, pages, overflowing, html} = await printFitted(printer, run, view, budget)
    if (pages > budget)
      report.warn(
        warning(
          `the cheat sheet needs ${pages} pages at ${MIN_SIZE}pt, more than --pages ${budget}; printed ${pages}`,
          'cheatsheet-over-budget',
          {file: where},
        ),
      )
    if (overflowing.length)
      report.warn(
        warning(`formulas wider than a column, cut at its edge: ${overflowing.join(', ')}`, 'formula-too-wide', {
          file: where,
        }),
      )
    return [{name: 'cheatsheet.pdf', data: pdf, pages, html}]
  },
})
