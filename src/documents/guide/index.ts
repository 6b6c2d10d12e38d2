/**
 * The study guide document: select → view → template → print, twice, in one
 * page load. The first print (a draft) tells on which page each heading
 * landed; the numbers are written into the contents in the page, and the
 * second print carries them. The contents reserve room for the numbers from
 * the start, so filling them in moves nothing.
 */
import {readOutline, pagesOf} from '../../browser/outline.js'
import {guideView, withPages, type SectionView} from './view.js'
import {defineDocument} from '../types.js'
import {paperSize} from '../../config/paper.js'
import {containOverflow, scaledWarning} from '../../render/overflow.js'

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

export const guideDocument = defineDocument({
  name: 'guide',
  describe: 'guide.pdf: the role-specific study guide',
  needsBrowser: true,
  options: {},
  async build({study, guide, pack, meta, printer, report, run}) {
    const view = guideView(guide, meta, {baseDir: study.content.folder, cache: run.html})
    return printer.open(run.templates.render('guide', view), async (page) => {
      const width = `${paperSize(meta.paper).w - SIDE_MARGINS}mm`
      const scaled = await page.measure(containOverflow, {arg: {width}})
      const tooSmall = scaledWarning(scaled, `${pack.folder}/guide.pdf`)
      if (tooSmall) report.warn(tooSmall)
      await page.measure(startDraft, {arg: undefined})
      const outline = await readOutline(await page.print({draft: true}))
      const pages = pagesOf(flatten(view.sections), outline.entries)
      await page.measure(fillContents, {arg: [...pages]})
      const pdf = await page.print()
      return [
        {
          name: 'guide.pdf',
          data: pdf,
          pages: outline.pageCount,
          html: run.templates.render('guide', withPages(view, pages)),
        },
      ]
    })
  },
})
