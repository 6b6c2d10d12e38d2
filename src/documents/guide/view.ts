/**
 * Stage 4: a selected guide → the plain data the guide template shows. All
 * markdown becomes sanitized HTML here; the template only arranges it.
 */
import {packLabel, type PackMeta} from '../meta.js'
import type {RootContent} from 'mdast'
import type {Guide, Section} from '../../model/types.js'
import {toHtml, type HtmlOptions} from '../../render/html.js'
import {createHash} from 'node:crypto'

export interface SectionView {
  slug: string
  title: string
  titleHtml: string
  /** HTML heading level: top sections are h2, the guide's title is the only h1. */
  level: number
  bodyHtml: string
  children: SectionView[]
}

export interface TocEntry {
  slug: string
  title: string
  level: number
  /** Filled in from a first print: Chrome has no target-counter(). */
  page: number | null
}

export interface GuideView extends PackMeta {
  title: string
  introHtml: string
  toc: TocEntry[]
  sections: SectionView[]
  runningHeader: string
}

/** How deep the table of contents goes: parts, chapters and their sections. */
const TOC_LEVELS = 4

/**
 * PDF names (Chrome makes a destination of every heading's id) may not pass
 * 127 bytes: a long heading's slug is cut and made unique again with a hash.
 * Chrome names the destination by the id percent-encoded (é is %C3%A9, six
 * bytes), so the budget is counted in that form: a Greek or Cyrillic heading
 * of 30 letters is already past 127.
 */
const MAX_ID_BYTES = 64

const nameLength = (id: string) => encodeURIComponent(id).length

export function shortId(slug: string): string {
  if (nameLength(slug) <= MAX_ID_BYTES) return slug
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, 10)
  let head = [...slug].slice(0, 48)
  while (nameLength(head.join('')) > 48) head = head.slice(0, -1)
  return `${head.join('').replace(/-+$/, '')}-${hash}`
}

function sectionView(section: Section, level: number, html: HtmlOptions): SectionView {
  return {
    slug: shortId(section.slug),
    title: section.title,
    titleHtml: toHtml(section.heading.children as RootContent[], html),
    level: Math.min(level, 6),
    bodyHtml: toHtml(section.body, html),
    children: section.children.map((child) => sectionView(child, level + 1, html)),
  }
}

function tocOf(sections: SectionView[]): TocEntry[] {
  return sections.flatMap((section) => [
    {slug: section.slug, title: section.title, level: section.level, page: null},
    ...(section.level < TOC_LEVELS ? tocOf(section.children) : []),
  ])
}

export function guideView(guide: Guide, meta: PackMeta, html: HtmlOptions): GuideView {
  const sections = guide.sections.map((section) => sectionView(section, 2, html))
  return {
    ...meta,
    title: guide.title,
    introHtml: toHtml(guide.intro, html),
    toc: tocOf(sections),
    sections,
    runningHeader: `${guide.title} — ${packLabel(meta)}`,
  }
}

/** The same view with page numbers from a first print, matched by slug. */
export function withPages(view: GuideView, pages: Map<string, number>): GuideView {
  return {...view, toc: view.toc.map((entry) => ({...entry, page: pages.get(entry.slug) ?? null}))}
}
