/**
 * The day-of checklist document: exactly one page. The sheet is laid out in
 * Chrome at every candidate size, largest first; when even the floor does not
 * fit, the lowest-priority groups give way one at a time, and the build says
 * which. The page is printed as the fitting left it, without a second load.
 * The sheet clips anything beyond the page, so a second page cannot be.
 */
import {typeSizes} from '../../render/type-sizes.js'
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
  withCuts,
  withoutGroups,
  type ChecklistView,
} from './view.js'
import {defineDocument} from '../types.js'
import {containOverflow} from '../../render/overflow.js'

/** Largest first; the floor stays comfortable to read at a glance on the day. */
const SIZES = typeSizes(11, 8, 0.25)
export const FLOOR_SIZE = 8
/** A cut group keeps at least this many of its first items, then one if even that is too many. */
const KEEP = [3, 1]

interface Fit {
  size: number
  /** Items each cut group keeps, by group id. */
  cuts: Record<string, number>
  dropped: number
}

/**
 * Runs inside the page (serialised: self-contained). The largest size at
 * which the sheet's content stays inside the sheet; at the floor, groups are
 * cut to their first items (lowest priority first, each as little as needed)
 * with a "+ k more in the guide" line; only when every group is down to its
 * first items do whole groups give way, and never the last one: the sheet is
 * never blank.
 */
function firstFit(arg: {sizes: number[]; drops: string[]; keep: number[]}): Fit {
  const root = document.documentElement
  const sheet = document.querySelector('.sheet') as HTMLElement
  const fits = () => sheet.scrollHeight <= sheet.clientHeight + 1
  const group = (id: string) => document.querySelector<HTMLElement>(`[data-group="${CSS.escape(id)}"]`)
  const items = (id: string) =>
    Array.from(group(id)?.querySelectorAll<HTMLElement>('.cl-items > li:not(.cl-more)') ?? [])
  const cuts: Record<string, number> = {}
  const cut = (id: string, keep: number) => {
    const list = items(id)
    list.forEach((item, index) => (item.style.display = index < keep ? '' : 'none'))
    let more = group(id)?.querySelector<HTMLElement>('.cl-more')
    if (!more) {
      more = document.createElement('li')
      more.className = 'cl-more'
      group(id)?.querySelector('.cl-items')?.append(more)
    }
    more.textContent = `+ ${list.length - keep} more in the guide`
    cuts[id] = keep
  }
  for (const size of arg.sizes) {
    root.style.setProperty('--size', `${size}pt`)
    if (fits()) return {size, cuts, dropped: 0}
  }
  const size = arg.sizes[arg.sizes.length - 1]!
  // The longest lists give way first (200 tips before a five-item task list), then by priority.
  const byLength = [...arg.drops].sort((a, b) => items(b).length - items(a).length)
  for (const least of arg.keep) {
    for (const id of byLength) {
      const count = items(id).length
      if (count <= least || (cuts[id] ?? count) <= least) continue
      const before = cuts[id] ?? count
      cut(id, least)
      if (!fits()) continue
      // The most items that still fit: between `least` (fits) and what it had (did not).
      let [low, high] = [least, before]
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2)
        cut(id, middle)
        if (fits()) low = middle
        else high = middle
      }
      cut(id, low)
      return {size, cuts, dropped: 0}
    }
  }
  const hide = (id: string) => {
    const hidden = group(id)
    if (hidden) hidden.style.display = 'none'
    document.querySelectorAll<HTMLElement>('.cl-block').forEach((block) => {
      const visible = Array.from(block.querySelectorAll<HTMLElement>('.cl-group')).some(
        (each) => each.style.display !== 'none',
      )
      if (!visible) block.style.display = 'none'
    })
  }
  for (let dropped = 1; dropped < arg.drops.length; dropped++) {
    hide(arg.drops[dropped - 1]!)
    if (fits()) return {size, cuts, dropped}
  }
  return {size, cuts, dropped: Math.max(0, arg.drops.length - 1)}
}

interface Fitted {
  view: ChecklistView
  dropped: string[]
  cuts: Record<string, number>
  pdf: Uint8Array
}

/** Fit the sheet in the page and print it there, as firstFit left it. */
function fitAndPrint(printer: Printer, templates: Templates, view: ChecklistView): Promise<Fitted> {
  const drops = dropOrder(view)
  return printer.open(templates.render('checklist', view), async (page) => {
    const found = await page.measure(firstFit, {
      arg: {sizes: SIZES.filter((size) => size >= FLOOR_SIZE), drops, keep: KEEP},
    })
    await page.measure(containOverflow, {arg: {width: null}})
    const dropped = drops.slice(0, found.dropped)
    const pdf = await page.print()
    const fitted = withCuts(withoutGroups(view, dropped), found.cuts)
    return {view: {...fitted, size: found.size}, dropped, cuts: found.cuts, pdf}
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
    const cut = Object.entries(fitted.cuts).filter(([id]) => !fitted.dropped.includes(id))
    if (cut.length) {
      const names = cut.map(([id, keep]) => `${groupTitle(view, id)} (first ${keep})`).join('; ')
      report.warn(
        warning(`no room on one page at ${FLOOR_SIZE}pt; cut to their first items: ${names}`, 'checklist-cut', {
          file: `${pack.folder}/checklist.pdf`,
        }),
      )
    }
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
