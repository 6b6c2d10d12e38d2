/**
 * The study guide document: select → view → template → print, twice. The
 * first print tells on which page each heading landed; the second carries
 * those numbers in the table of contents. The contents reserve room for the
 * numbers from the start, so filling them in moves nothing.
 */
import {readOutline, pagesOf} from '../print/outline.js'
import {selectGuide} from '../select.js'
import {renderTemplate} from '../template.js'
import {guideView, withPages, type SectionView} from '../view/guide.js'
import type {StudyDocument} from './types.js'

function flatten(sections: SectionView[]): SectionView[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)])
}

export const guideDocument: StudyDocument = {
  name: 'guide',
  describe: 'guide.pdf: the role-specific study guide',
  needsBrowser: true,
  async build({study, pack, meta, printer}) {
    const selected = selectGuide(study.guide, study.tags, pack)
    const view = guideView(selected, meta, {baseDir: study.content.folder})
    const draft = await printer.print(renderTemplate('guide', view), {draft: true})
    const outline = await readOutline(draft)
    const pages = pagesOf(flatten(view.sections), outline.entries)
    const pdf = await printer.print(renderTemplate('guide', withPages(view, pages)))
    return [{name: 'guide.pdf', data: pdf, pages: outline.pageCount}]
  },
}
