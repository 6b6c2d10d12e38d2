/**
 * The study guide document: select → view → template → print, twice, in one
 * page load. The first print (a draft) tells on which page each heading
 * landed; the numbers are written into the contents in the page, and the
 * second print carries them. The contents reserve room for the numbers from
 * the start, so filling them in moves nothing.
 */
import {readOutline, pagesOf} from '../../browser/outline.js'
import type {OpenDocument} from '../../browser/printer.js'
import {type Paper, paperSize} from '../../config/paper.js'
import {containOverflow, scaledWarning} from '../../render/overflow.js'
import {type DocumentContext, defineDocument} from '../types.js'
import {type GuideView, type SectionView, guideView, withPages} from './view.js'

/** The guide's left and right page margins (guide/style.css), in mm: the flow is the paper less these. */
const SIDE_MARGINS = 20 + 18

function flatten(sections: SectionView[]): SectionView[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)])
}

/**
 * In the page (serialised): in draft mode only the headings are painted
 * (guide.css). Layout is unchanged, so the draft breaks pages where the
 * print will, and its bookmarks tell the same pages, at a third of the cost.
 */
function startDraft(): void {
  document.documentElement.classList.add('draft')
}

/**
 * In the page (serialised): out of draft mode, and the contents entry of
 * each heading gets its page number, as withPages does in the template.
 */
function fillContents(entries: Array<[string, number]>): void {
  document.documentElement.classList.remove('draft')
  const pages = new Map(entries)
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]'))) {
    const page = pages.get(link.getAttribute('href')!.slice(1))
    const number = link.querySelector('.toc-page')
    if (number && page !== undefined) number.textContent = String(page)
  }
}

/**
 * In an open guide page: every block too wide for the measure scaled on its
 * own (never the page as a whole), then the draft print: the page of each
 * heading, by slug, the page count, and what had to be scaled.
 */
async function draftPages(page: OpenDocument, view: GuideView, paper: Paper) {
  const scaled = await page.measure(containOverflow, {arg: {width: `${paperSize(paper).w - SIDE_MARGINS}mm`}})
  await page.measure(startDraft, {arg: undefined})
  const outline = await readOutline(await page.print({draft: true}))
  return {pages: pagesOf(flatten(view.sections), outline.entries), count: outline.pageCount, scaled}
}

type GuideContext = Pick<DocumentContext, 'study' | 'guide' | 'meta' | 'printer' | 'run'>

const viewOf = ({study, guide, meta, run}: GuideContext) =>
  guideView(guide, meta, {baseDir: study.content.folder, cache: run.html})

/**
 * guide.pdf's page numbers without printing guide.pdf: the draft alone, for a
 * document that cites the guide in a build that does not make it.
 */
export function paginateGuide(context: GuideContext): Promise<Map<string, number>> {
  const view = viewOf(context)
  return context.printer.open(
    context.run.templates.render('guide', view),
    async (page) => (await draftPages(page, view, context.meta.paper)).pages,
  )
}

export const guideDocument = defineDocument({
  name: 'guide',
  describe: 'guide.pdf: the role-specific study guide',
  needsBrowser: true,
  options: {},
  async build(context) {
    const view = viewOf(context)
    const {printer, run, report, pack, meta} = context
    return printer.open(run.templates.render('guide', view), async (page) => {
      const {pages, count, scaled} = await draftPages(page, view, meta.paper)
      const tooSmall = scaledWarning(scaled, `${pack.folder}/guide.pdf`)
      if (tooSmall) report.warn(tooSmall)
      await page.measure(fillContents, {arg: [...pages]})
      const pdf = await page.print()
      return [
        {
          name: 'guide.pdf',
          data: pdf,
          pages: count,
          html: run.templates.render('guide', withPages(view, pages)),
          headingPages: pages,
        },
      ]
    })
  },
})
