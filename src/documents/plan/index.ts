/**
 * The study plan document: plan.pdf and plan.ics, made only when the build
 * is given an interview date (--interview-date or --days). The plan cites
 * the pack's other documents by what they print: card numbers from the same
 * deck as cards.pdf, page numbers from guide.pdf.
 *
 * The guide's page numbers exist only once guide.pdf has been laid out, so
 * the plan waits for the guide document of the same pack when the build
 * makes one (context.resultOf: the registry lists the plan after the guide,
 * and the guide's result carries the page of each heading); with
 * `--only plan` it lays the guide out itself in draft, as the guide does
 * before filling in its contents. Either way the numbers are guide.pdf's.
 */
import {pageCount} from '../../browser/outline.js'
import type {OpenDocument} from '../../browser/printer.js'
import {renderTemplate} from '../../render/template.js'
import {selectGuide} from '../../select/sections.js'
import {deckOf} from '../cards/deck.js'
import {paginateGuide} from '../guide/index.js'
import {packLabel} from '../guide/view.js'
import type {DocumentContext, StudyDocument} from '../types.js'
import {planIcs} from './ics.js'
import {materialOf} from './material.js'
import {PLAN_OPTIONS, planSettings} from './options.js'
import {schedule, type Plan} from './schedule.js'
import {planView, type PlanView} from './view.js'
import {UsageError} from '../../core/errors.js'

/** Type sizes tried, largest first, until the plan fits its two pages. */
const SIZES = [9, 8.5, 8, 7.5, 7]
const PAGE_BUDGET = 2
/** Plans up to six weeks are meant to fit the budget. */
const BUDGET_DAYS = 42

async function guidePages(context: DocumentContext): Promise<Map<string, number>> {
  const guide = context.resultOf?.('guide')
  if (guide) {
    const pages = (await guide).find((file) => 'headingPages' in file && file.headingPages)
    if (pages && 'headingPages' in pages && pages.headingPages) return pages.headingPages
  }
  return paginateGuide(context)
}

/** In the page (serialised): set the body type size. */
function setSize(size: number): void {
  document.documentElement.style.setProperty('--size', `${size}pt`)
}

interface Printed {
  pdf: Uint8Array
  pages: number
  size: number
}

/** The largest size whose print fits the budget, printed there; the floor when none does. */
async function fitAndPrint(page: OpenDocument): Promise<Printed> {
  let printed: Printed | undefined
  for (const size of SIZES) {
    if (size !== SIZES[0]) await page.measure(setSize, {arg: size})
    const pdf = await page.print()
    printed = {pdf, pages: await pageCount(pdf), size}
    if (printed.pages <= PAGE_BUDGET) break
  }
  return printed!
}

function reportPlan(context: DocumentContext, plan: Plan, printed: Printed): void {
  const where = `${context.pack.folder}/plan.pdf`
  if (plan.compressed)
    context.report.warn(`${where}: compressed plan, too little time for the pack: ${plan.notes.join('; ')}`)
  if (printed.pages <= PAGE_BUDGET) return
  const weeks = Math.ceil(plan.days.length / 7)
  const message = `${where}: ${printed.pages} pages for ${weeks} weeks of plan (two pages hold about six weeks)`
  if (plan.days.length <= BUDGET_DAYS) context.report.warn(message)
  else context.report.info(message)
}

export const planDocument: StudyDocument = {
  name: 'plan',
  describe: 'plan.pdf and plan.ics: a day-by-day study plan to the interview date',
  needsBrowser: true,
  options: PLAN_OPTIONS,
  checkOptions(args) {
    const settings = planSettings(args)
    const only = args.only as string[] | undefined
    if (!settings && only?.includes('plan')) throw new UsageError('--only plan needs --interview-date or --days')
  },
  async build(context) {
    const settings = planSettings(context.args)
    if (!settings) return []
    const {study, pack, meta, printer} = context
    const selected = selectGuide(study.guide, study.tags, pack)
    const deck = deckOf(selected, study.tags.tags, meta)
    const material = materialOf(selected, study.tags.tags, pack.role, deck, await guidePages(context))
    const plan = schedule({...material, ...settings})
    const view = planView({
      plan,
      title: study.guide.title,
      packLabel: packLabel(meta),
      paper: meta.paper,
      restDays: settings.restDays,
      sectionCount: material.sections.length,
      date: meta.date,
    })
    const printed = await printer.open(renderTemplate('plan', view), fitAndPrint)
    reportPlan(context, plan, printed)
    const fitted: PlanView = {...view, size: printed.size}
    const ics = planIcs(plan, {
      guide: study.guide.title,
      pack: pack.folder,
      name: `Study plan — ${packLabel(meta)}`,
      time: settings.time,
      stamp: buildStamp(),
    })
    return [
      {name: 'plan.pdf', data: printed.pdf, pages: printed.pages, html: renderTemplate('plan', fitted)},
      {name: 'plan.ics', data: ics},
    ]
  },
}

/** DTSTAMP of the events: SOURCE_DATE_EPOCH when set, as the printed date is, so a reproducible build stays byte-identical. */
function buildStamp(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  return process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()
}
