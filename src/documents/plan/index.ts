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
import {typeSizes} from '../../render/type-sizes.js'
import {pageCount} from '../../browser/outline.js'
import type {OpenDocument} from '../../browser/printer.js'
import {warning} from '../../core/messages.js'
import {paginateGuide} from '../guide/index.js'
import {packLabel} from '../meta.js'
import {type DocumentContext, defineDocument} from '../types.js'
import {planIcs} from './ics.js'
import {makePlan} from './make.js'
import {PLAN_OPTIONS, type PlanOptions, planSettings} from './options.js'
import type {Plan} from './schedule.js'
import {type PlanView, planView} from './view.js'

/** Type sizes tried, largest first, until the plan fits its two pages. */
const SIZES = typeSizes(9, 7, 0.5)
const PAGE_BUDGET = 2
/** Plans up to six weeks are meant to fit the budget. */
const BUDGET_DAYS = 43

/** guide.pdf's page of each heading: from the guide of this build when there is one, else from a draft of it. */
async function guidePages(context: DocumentContext<PlanOptions>): Promise<Map<string, number>> {
  const made = context.resultOf('guide')
  const guide = made && (await made).find((file) => 'headingPages' in file && file.headingPages)
  if (guide && 'headingPages' in guide && guide.headingPages) return guide.headingPages
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

function reportPlan(context: DocumentContext<PlanOptions>, plan: Plan, printed: Printed): void {
  const place = {file: `${context.pack.folder}/plan.pdf`}
  if (plan.compressed) {
    context.report.warn(
      warning(`compressed plan, too little time for the pack: ${plan.notes.join('; ')}`, 'plan-compressed', place),
    )
  }
  if (printed.pages <= PAGE_BUDGET) return
  const weeks = Math.ceil(plan.days.length / 7)
  const reason = `${printed.pages} pages for ${weeks} weeks of plan, at ${printed.size}pt (two pages hold about six weeks)`
  if (plan.days.length <= BUDGET_DAYS) context.report.warn(warning(reason, 'plan-pages', place))
  else context.report.info(`${place.file}: ${reason}`)
}

/** DTSTAMP of the events: SOURCE_DATE_EPOCH when set, as for the printed date, so a reproducible build stays so. */
function buildStamp(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  return process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()
}

export const planDocument = defineDocument({
  name: 'plan',
  describe: 'plan.pdf and plan.ics: a day-by-day study plan to the interview date (with --interview-date or --days)',
  needsBrowser: true,
  options: PLAN_OPTIONS,
  // Only the options that depend on each other: a date may still come from the guide's front matter.
  check(options) {
    planSettings(options)
  },
  async build(context) {
    const settings = planSettings(context.options)
    if (!settings) {
      const asked = context.config.only.includes('plan')
      if (asked)
        context.report.warn(
          warning('no --interview-date or --days: no plan', 'plan-no-date', {file: `${context.pack.folder}/plan.pdf`}),
        )
      return []
    }
    const {study, guide, pack, meta, printer, run} = context
    const {plan, material} = makePlan(study, guide, pack, meta, settings, await guidePages(context))
    const view = planView({
      plan,
      title: study.guide.title,
      packLabel: packLabel(meta),
      paper: meta.paper,
      restDays: settings.restDays,
      sectionCount: material.sections.length,
      date: meta.date,
    })
    const printed = await printer.open(run.templates.render('plan', view), fitAndPrint)
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
      {name: 'plan.pdf', data: printed.pdf, pages: printed.pages, html: run.templates.render('plan', fitted)},
      {name: 'plan.ics', data: ics},
    ]
  },
})
