/**
 * Stage 4 for the cheat sheet: a selected guide and its glossary → the data
 * the cheat sheet template lays out. Every topic list and every step list
 * (interview stages, the STAR method) becomes a block of its section, each
 * term with the glossary's definition and formulas; the role's focus heads it.
 */
import {paperSize} from '../../config/paper.js'
import type {RootContent} from 'mdast'
import type {Math} from 'mdast-util-math'
import {displayMath, isFocusList, termName, type GlossaryIndex} from '../../model/glossary/index.js'
import {normalizeLabel} from '../../model/labels.js'
import type {Guide, Part, PartItem, Section} from '../../model/types.js'
import {toHtml, type HtmlOptions} from '../../render/html.js'
import {packLabel, type PackMeta} from '../meta.js'

export type Orientation = 'landscape' | 'portrait'

export interface TermView {
  name: string
  /** The definition's first paragraph, inline, to run in after the term. */
  definitionHtml: string
  /** Any further blocks of the definition. */
  moreHtml: string
  formulas: string[]
  /** False when neither the glossary nor the guide defines it. */
  defined: boolean
}

export interface ListView {
  /** The list's label when it says more than the section title ("Important Algorithms"). */
  label: string | null
  ordered: boolean
  terms: TermView[]
}

export interface BlockView {
  title: string
  lists: ListView[]
}

export interface GroupView {
  title: string
  blocks: BlockView[]
}

export interface PageBox {
  /** Paper size in mm, oriented. */
  width: number
  height: number
  margin: {top: number; right: number; bottom: number; left: number}
  columns: number
}

export interface CheatsheetView extends PackMeta {
  title: string
  packLabel: string
  /** Printed at the foot of every page. */
  footer: string
  focus: Array<{name: string; text: string}>
  groups: GroupView[]
  orientation: Orientation
  page: PageBox
  /** Body type size in pt: fitted by measurement, then printed. */
  size: number
  /** Line height, when the floor size needed it tighter (see cheatsheet/index.ts); else the style's. */
  leading?: number | null
}

export interface CheatsheetOptions {
  orientation: Orientation
  html: HtmlOptions
  size?: number
}

export function pageBox(paper: PackMeta['paper'], orientation: Orientation): PageBox {
  const {w, h} = paperSize(paper, orientation)
  const landscape = orientation === 'landscape'
  return {
    width: w,
    height: h,
    margin: {top: 7, right: 7, bottom: 10, left: 7},
    columns: landscape ? 4 : 3,
  }
}

/**
 * A narrow column cannot hold two equations side by side: a formula is cut
 * at its top-level `\qquad`, and each piece is set on its own line.
 */
export function splitFormula(tex: string): string[] {
  const pieces: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < tex.length; i++) {
    const char = tex[i]
    if (char === '\\' && tex.startsWith('\\qquad', i) && depth === 0 && !/[a-zA-Z]/.test(tex[i + 6] ?? '')) {
      pieces.push(tex.slice(start, i))
      start = i + 6
      i += 5
    } else if (char === '\\') i++
    else if (char === '{') depth++
    else if (char === '}') depth--
  }
  pieces.push(tex.slice(start))
  return pieces.map((piece) => piece.trim().replace(/,$/, '').trim()).filter(Boolean)
}

function formulasHtml(formulas: Math[], html: HtmlOptions): string[] {
  return formulas.flatMap((formula) => splitFormula(formula.value).map((value) => toHtml([displayMath(value)], html)))
}

/**
 * A bold letter that starts a word (`**S**ituation: …`, the STAR method's
 * style) is not a term of its own: the word is the name, what follows the
 * colon its detail. Otherwise the model's term and detail stand.
 */
export function sheetItem(item: PartItem): PartItem {
  const {term, text} = item
  if (!term || !text.startsWith(term) || !/^[\p{L}\p{N}]/u.test(text.slice(term.length))) return item
  const match = /^([^:–—]+?)\s*[:–—]\s*(.*)$/su.exec(text)
  return match ? {...item, term: match[1]!, detail: match[2]!} : {...item, term: text, detail: undefined}
}

function termView(original: PartItem, glossary: GlossaryIndex, html: HtmlOptions): TermView {
  const item = sheetItem(original)
  const entry = glossary.lookup(item)
  const blocks: RootContent[] = entry?.definition ?? []
  const [first, ...rest] = blocks
  // Without an entry, the guide's own "**Term**: detail" is the best definition there is.
  const lead =
    first?.type === 'paragraph'
      ? first.children
      : first
        ? []
        : item.detail
          ? [{type: 'text' as const, value: item.detail}]
          : []
  return {
    name: termName(item),
    definitionHtml: toHtml(lead, html),
    moreHtml: toHtml(first?.type === 'paragraph' ? rest : blocks, html),
    formulas: formulasHtml(entry?.formulas ?? [], html),
    defined: lead.length > 0 || blocks.length > 0,
  }
}

const onSheet = (part: Part) => (part.kind === 'topics' && !isFocusList(part)) || part.kind === 'steps'

function blockOf(section: Section, glossary: GlossaryIndex, html: HtmlOptions): BlockView | undefined {
  const lists = section.parts.filter(onSheet).map((part) => ({
    label: normalizeLabel(part.label) === normalizeLabel(section.title) ? null : part.label,
    ordered: part.kind === 'steps' || part.ordered,
    terms: part.items.map((item) => termView(item, glossary, html)),
  }))
  return lists.length ? {title: section.title, lists} : undefined
}

function blocksOf(section: Section, glossary: GlossaryIndex, html: HtmlOptions): BlockView[] {
  const own = blockOf(section, glossary, html)
  return [...(own ? [own] : []), ...section.children.flatMap((child) => blocksOf(child, glossary, html))]
}

function focusItems(guide: Guide): PartItem[] {
  const walk = (sections: Section[]): PartItem[] =>
    sections.flatMap((section) => [
      ...section.parts.filter(isFocusList).flatMap((part) => part.items),
      ...walk(section.children),
    ])
  return walk(guide.sections)
}

/** The pack's role and what it is judged on; every role's, for a pack of all roles. */
function focusOf(guide: Guide, meta: PackMeta): CheatsheetView['focus'] {
  const items = focusItems(guide)
  if (!meta.role) return items.map((item) => ({name: termName(item), text: item.detail ?? ''}))
  const {name, description} = meta.role
  const own = items.find((item) => normalizeLabel(termName(item)) === normalizeLabel(name))
  return [{name, text: description ?? own?.detail ?? ''}]
}

export function cheatsheetView(
  guide: Guide,
  glossary: GlossaryIndex,
  meta: PackMeta,
  options: CheatsheetOptions,
): CheatsheetView {
  const groups = guide.sections
    .map((section) => ({title: section.title, blocks: blocksOf(section, glossary, options.html)}))
    .filter((group) => group.blocks.length > 0)
  return {
    ...meta,
    title: guide.title,
    packLabel: packLabel(meta),
    footer: `Cheat sheet · ${guide.title} · ${packLabel(meta)}`,
    focus: focusOf(guide, meta),
    groups,
    orientation: options.orientation,
    page: pageBox(meta.paper, options.orientation),
    size: options.size ?? 9,
  }
}

export function withSize<V extends {size: number}>(view: V, size: number): V {
  return {...view, size}
}
