/**
 * The cheat sheet document: the pack's topic lists with their glossary
 * definitions, fitted to a page budget. The type size is chosen by laying
 * the sheet out in Chrome at every candidate size in one page load, then
 * checked against the printed PDF itself.
 */
import {UsageError} from '../errors.js'
import {loadGlossary} from '../glossary/index.js'
import {pageCount} from '../print/outline.js'
import type {Printer} from '../print/printer.js'
import {selectGuide} from '../select.js'
import {renderTemplate} from '../template.js'
import {cheatsheetView, withSize, type CheatsheetView, type Orientation} from '../view/cheatsheet.js'
import type {StudyDocument} from './types.js'

/** Largest first: the sheet gets the biggest type its budget allows. */
const SIZES = Array.from({length: 15}, (_, index) => 10.5 - index * 0.25)
/** Never smaller than this: the promise the sheet makes about legibility. */
export const MIN_SIZE = 7

/** What the template needs besides the view. */
const page = (view: CheatsheetView, measuring = false) => ({...view, measuring})

interface Layout {
  pages: number
  /** Terms with a formula wider than the column. */
  overflowing: string[]
}

/**
 * Runs inside the page (serialised: it must not refer to anything outside).
 * The measuring sheet is one page's box; what does not fit makes overflow
 * columns to its right, so the columns it uses tell the pages it needs.
 */
function layoutAtSizes(arg: {sizes: number[]}): Layout[] {
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
  return arg.sizes.map((size) => {
    root.style.setProperty('--size', `${size}pt`)
    const column = (sheet.clientWidth - gap * (columns - 1)) / columns
    const used = Math.round((sheet.scrollWidth + gap) / (column + gap))
    return {pages: Math.max(1, Math.ceil(used / columns)), overflowing: overflowing()}
  })
}

interface Fit extends Layout {
  size: number
  fits: boolean
}

async function measureFit(printer: Printer, view: CheatsheetView, budget: number): Promise<Fit[]> {
  const html = renderTemplate('cheatsheet', page(view, true))
  const layouts = await printer.measure(html, layoutAtSizes, {arg: {sizes: SIZES}})
  return SIZES.map((size, index) => {
    const layout = layouts[index] ?? {pages: Infinity, overflowing: []}
    return {size, ...layout, fits: layout.pages <= budget}
  })
}

function optionsOf(args: Record<string, unknown>): {budget: number; orientation: Orientation} {
  const budget = Number(args.pages ?? 2)
  if (!Number.isInteger(budget) || budget < 1) throw new UsageError(`--pages must be a whole number of pages, 1 or more; got "${String(args.pages)}"`)
  return {budget, orientation: args.orientation === 'portrait' ? 'portrait' : 'landscape'}
}

export const cheatsheetDocument: StudyDocument = {
  name: 'cheatsheet',
  describe: 'cheatsheet.pdf: every topic with its definition and formulas, on --pages pages',
  needsBrowser: true,
  options: {
    pages: {type: 'number', default: 2, describe: 'Cheat sheet page budget: the type is fitted to it, never below 7pt'},
    orientation: {choices: ['landscape', 'portrait'], default: 'landscape', describe: 'Cheat sheet page orientation'},
  },
  async build({study, pack, meta, args, printer, report}) {
    const {budget, orientation} = optionsOf(args)
    const selected = selectGuide(study.guide, study.tags, pack)
    const view = cheatsheetView(selected, loadGlossary(study), meta, {orientation, html: {baseDir: study.content.folder}})
    const {pdf, pages, fit} = await printFitted(printer, view, await measureFit(printer, view, budget), budget)
    const where = `${pack.folder}/cheatsheet.pdf`
    if (pages > budget) report.warn(`${where}: the cheat sheet needs ${pages} pages at ${MIN_SIZE}pt, more than --pages ${budget}; printed ${pages}`)
    if (fit?.overflowing.length) report.warn(`${where}: formulas wider than a column, cut at its edge: ${fit.overflowing.join(', ')}`)
    return [{name: 'cheatsheet.pdf', data: pdf, pages}]
  },
}

/**
 * Print at the largest size that measured within budget. Measurement and
 * print can differ by a line, so the PDF has the last word: a size that comes
 * out too long gives way to the next one down. At the floor, it prints as it falls.
 */
async function printFitted(printer: Printer, view: CheatsheetView, fits: Fit[], budget: number) {
  // Larger type makes larger formulas: the largest size at which they all fit their columns, if there is one.
  const within = fits.filter((each) => each.fits)
  const clean = within.filter((each) => each.overflowing.length === 0)
  for (const fit of (clean.length ? clean : within).slice(0, 4)) {
    const pdf = await printer.print(renderTemplate('cheatsheet', page(withSize(view, fit.size))))
    const pages = await pageCount(pdf)
    if (pages <= budget) return {pdf, pages, fit}
  }
  const pdf = await printer.print(renderTemplate('cheatsheet', page(withSize(view, MIN_SIZE))))
  return {pdf, pages: await pageCount(pdf), fit: fits.find((each) => each.size === MIN_SIZE)}
}
