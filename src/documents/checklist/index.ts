/**
 * The day-of checklist document: exactly one page. The sheet is laid out in
 * Chrome at every candidate size, largest first; when even the floor does not
 * fit, the lowest-priority groups give way one at a time, and the build says
 * which. The page is printed as the fitting left it, without a second load.
 * The sheet clips anything beyond the page, so a second page cannot be.
 */
import {warning} from '../../core/messages.js'
import {z} from 'zod'
import {pageCount} from '../../browser/outline.js'
import type {Printer} from '../../browser/printer.js'
import {option} from '../../config/options.js'
import type {Templates} from '../../render/template.js'
import {
  checklistView,
  defaultRules,
  dropOrder,
  groupTitle,
  manifestRules,
  withoutGroups,
  type ChecklistView,
} from './view.js'
import {defineDocument} from '../types.js'

/** Largest first; the floor stays comfortable to read at a glance on the day. */
const SIZES = Array.from({length: 13}, (_, index) => 11 - index * 0.25)
export const FLOOR_SIZE = 8

interface Fit {
  size: number
  dropped: number
}

/**
 * Runs inside the page (serialised: self-contained). For each number of
 * dropped groups, the largest size at which the sheet's content stays inside
 * the sheet; null if nothing fits at all.
 */
function firstFit(arg: {sizes: number[]; drops: string[]}): Fit | null {
  const root = document.documentElement
  const sheet = document.querySelector('.sheet') as HTMLElement
  const hide = (id: string) => {
    const group = document.querySelector(`[data-group="${CSS.escape(id)}"]`) as HTMLElement | null
    if (group) group.style.display = 'none'
    document.querySelectorAll<HTMLElement>('.cl-block').forEach((block) => {
      const visible = Array.from(block.querySelectorAll<HTMLElement>('.cl-group')).some(
        (each) => each.style.display !== 'none',
      )
      if (!visible) block.style.display = 'none'
    })
  }
  for (let dropped = 0; dropped <= arg.drops.length; dropped++) {
    if (dropped > 0) hide(arg.drops[dropped - 1]!)
    for (const size of arg.sizes) {
      root.style.setProperty('--size', `${size}pt`)
      if (sheet.scrollHeight <= sheet.clientHeight + 1) return {size, dropped}
    }
  }
  return null
}

interface Fitted {
  view: ChecklistView
  dropped: string[]
  pdf: Uint8Array
}

/** Fit the sheet in the page and print it there, as firstFit left it. */
function fitAndPrint(printer: Printer, templates: Templates, view: ChecklistView): Promise<Fitted> {
  const drops = dropOrder(view)
  return printer.open(templates.render('checklist', view), async (page) => {
    const found = await page.measure(firstFit, {arg: {sizes: SIZES.filter((size) => size >= FLOOR_SIZE), drops}})
    const dropped = drops.slice(0, found ? found.dropped : drops.length)
    const pdf = await page.print()
    return {view: {...withoutGroups(view, dropped), size: found?.size ?? FLOOR_SIZE}, dropped, pdf}
  })
}

/** A blank to fill in: text as given, numbers too (`--date 2026`). */
const blank = (describe: string) =>
  option({type: 'string', schema: z.union([z.string(), z.number().transform(String)]).optional(), describe})

export const checklistDocument = defineDocument({
  name: 'checklist',
  describe: 'checklist.pdf: the one-page day-of checklist',
  needsBrowser: true,
  options: {
    company: blank('Company name to print on the checklist'),
    date: blank('Interview date (and time) to print on the checklist'),
  },
  async build({study, guide, pack, meta, options, printer, report, run}) {
    const entries = study.content.manifest.checklist
    const rules = entries ? manifestRules(entries) : defaultRules()
    const view = checklistView(guide, rules, meta, {
      html: {baseDir: study.content.folder, cache: run.html},
      company: options.company,
      date: options.date,
    })
    if (view.blocks.length === 0)
      report.warn(
        warning(
          'no day-of, mistakes, questions-to-ask or follow-up sections found; the checklist has only its blanks',
          'checklist-empty',
          {file: `${pack.folder}/checklist.pdf`},
        ),
      )
    const fitted = await fitAndPrint(printer, run.templates, view)
    if (fitted.dropped.length) {
      const names = fitted.dropped.map((id) => groupTitle(view, id)).join('; ')
      report.warn(
        warning(`no room on one page at ${FLOOR_SIZE}pt; left out ${names}`, 'checklist-dropped', {
          file: `${pack.folder}/checklist.pdf`,
        }),
      )
    }
    return [
      {
        name: 'checklist.pdf',
        data: fitted.pdf,
        pages: await pageCount(fitted.pdf),
        html: run.templates.render('checklist', fitted.view),
      },
    ]
  },
})
