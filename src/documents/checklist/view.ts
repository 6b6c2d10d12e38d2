/**
 * Stage 4 for the day-of checklist: which sections feed it (the manifest's
 * `checklist` list, or sections found by their headings), and the view the
 * checklist template lays out: blocks of groups of tick-box items, a header
 * with blanks to fill in, and the order groups give way when space runs out.
 */
import {referenceMatches} from '../../select/references.js'
import {paperSize} from '../../config/paper.js'
import type {List, ListItem, RootContent} from 'mdast'
import type {ChecklistEntry} from '../../config/manifest/schema.js'
import {normalizeLabel} from '../../model/labels.js'
import {plainText} from '../../model/text.js'
import type {Guide, Section} from '../../model/types.js'
import {toHtml, type HtmlOptions} from '../../render/html.js'
import {packLabel, type PackMeta} from '../meta.js'

/** A source of checklist items: the sections it claims, with their sub-sections. */
export interface ChecklistRule {
  title?: string
  /** 1 is kept longest. */
  priority: number
  matches(section: Section): boolean
}

/** For guides whose manifest says nothing: found by heading, in this order. */
const DEFAULT_RULES: Array<{pattern: RegExp; priority: number}> = [
  {
    pattern:
      /\bday[ -]?of\b|\binterview day\b|\bon the day\b|\bchecklists?\b|\bbefore (the|your|an) interviews?\b|\bnight before\b/,
    priority: 1,
  },
  {pattern: /\bmistakes\b|\bpitfalls\b/, priority: 3},
  {pattern: /\bquestions (to ask|for (the|your) interviewers?)\b|\bask (the|your) interviewers?\b/, priority: 2},
  {pattern: /\bfollow[ -]?ups?\b|\bafter the interview\b/, priority: 4},
]

/** A task list (`- [ ]`) is a checklist wherever it is. */
const hasTaskList = (section: Section) =>
  section.body.some((node) => node.type === 'list' && node.children.some((item) => typeof item.checked === 'boolean'))

export function defaultRules(): ChecklistRule[] {
  return [
    ...DEFAULT_RULES.map(({pattern, priority}) => ({
      priority,
      matches: (section: Section) => pattern.test(normalizeLabel(section.title)),
    })),
    {priority: 1, matches: hasTaskList},
  ]
}

/** A manifest entry names a section as `select` does: a heading path ("A > B") or a slug. */
export function entryMatches(entry: ChecklistEntry, section: Section): boolean {
  const key = entry.section.trim()
  return referenceMatches(key, section)
}

export function manifestRules(entries: ChecklistEntry[]): ChecklistRule[] {
  return entries.map((entry, index) => ({
    title: entry.title,
    priority: entry.priority ?? index + 1,
    matches: (section) => entryMatches(entry, section),
  }))
}

export interface ChecklistItemView {
  text: string
  html: string
}

export interface ChecklistGroupView {
  id: string
  /** Null for items directly under the block's own heading. */
  title: string | null
  priority: number
  items: ChecklistItemView[]
  /** Items left out for room: the group prints its first ones and "+ more more in the guide". */
  more: number
  /** A list too long to keep in one column: it may flow on into the next. */
  long: boolean
}

export interface ChecklistBlockView {
  id: string
  title: string
  groups: ChecklistGroupView[]
}

export interface ChecklistView extends PackMeta {
  title: string
  packLabel: string
  fields: {company: string; role: string; date: string}
  blocks: ChecklistBlockView[]
  page: {width: number; height: number}
  /** Body type size in pt, fitted to the one page. */
  size: number
  /** The ruled notes lines: more than any page holds; the notes box clips the rest. */
  noteLines: number[]
}

const NOTE_LINES = 80
/** Items beyond which a group may break across the columns. */
const LONG_GROUP = 12

export interface ChecklistOptions {
  html: HtmlOptions
  company?: string
  date?: string
  size?: number
}

function itemView(item: ListItem, html: HtmlOptions): ChecklistItemView {
  const lead = item.children.find((child) => child.type === 'paragraph')
  const phrasing: RootContent[] = lead?.type === 'paragraph' ? lead.children : []
  return {text: lead ? plainText(lead) : '', html: toHtml(phrasing, html)}
}

/** Every item of the section's own lists: any list under a day-of heading is a list of things to do. */
function itemsOf(section: Section, html: HtmlOptions): ChecklistItemView[] {
  const lists = section.body.filter((node): node is List => node.type === 'list')
  return lists.flatMap((list) => list.children.map((item) => itemView(item, html))).filter((item) => item.text !== '')
}

interface Claim {
  rule: number
  root: Section
}

/** Each section belongs to the nearest section, itself or above, that a rule claims. */
function collect(
  sections: Section[],
  rules: ChecklistRule[],
  html: HtmlOptions,
  inherited: Claim | undefined,
  out: Map<Section, ChecklistGroupView[]>,
  roots: Map<Section, number>,
): void {
  for (const section of sections) {
    const own = rules.findIndex((rule) => rule.matches(section))
    // A sub-section matched by the same rule ("Technical Mistakes" under "Common Mistakes") stays in its block.
    const claim = own >= 0 && own !== inherited?.rule ? {rule: own, root: section} : inherited
    if (claim) {
      if (!roots.has(claim.root)) roots.set(claim.root, claim.rule)
      const items = itemsOf(section, html)
      const group = {
        id: section.slug,
        title: section === claim.root ? null : section.title,
        priority: rules[claim.rule]!.priority,
        items,
        more: 0,
        long: items.length > LONG_GROUP,
      }
      if (items.length) out.set(claim.root, [...(out.get(claim.root) ?? []), group])
    }
    collect(section.children, rules, html, claim, out, roots)
  }
}

export function checklistBlocks(guide: Guide, rules: ChecklistRule[], html: HtmlOptions): ChecklistBlockView[] {
  const groups = new Map<Section, ChecklistGroupView[]>()
  const roots = new Map<Section, number>()
  collect(guide.sections, rules, html, undefined, groups, roots)
  // Blocks in the order of their rules (the manifest's order), then of the guide.
  return [...roots.entries()]
    .sort((a, b) => a[1] - b[1])
    .filter(([root]) => groups.has(root))
    .map(([root, rule]) => ({id: root.slug, title: rules[rule]!.title ?? root.title, groups: groups.get(root)!}))
}

export function checklistView(
  guide: Guide,
  rules: ChecklistRule[],
  meta: PackMeta,
  options: ChecklistOptions,
): ChecklistView {
  return {
    ...meta,
    title: guide.title,
    packLabel: packLabel(meta),
    fields: {company: options.company ?? '', role: meta.role?.name ?? '', date: options.date ?? ''},
    blocks: checklistBlocks(guide, rules, options.html),
    page: {width: paperSize(meta.paper).w, height: paperSize(meta.paper).h},
    size: options.size ?? 10,
    noteLines: Array.from({length: NOTE_LINES}, (_, index) => index),
  }
}

/** Group ids in the order they give way: lowest priority first, and of equal ones the later first. */
export function dropOrder(view: ChecklistView): string[] {
  const groups = view.blocks.flatMap((block) => block.groups).map((group, index) => ({group, index}))
  return groups.sort((a, b) => b.group.priority - a.group.priority || b.index - a.index).map(({group}) => group.id)
}

/** The view without the dropped groups (and without blocks left empty). */
export function withoutGroups(view: ChecklistView, dropped: string[]): ChecklistView {
  const blocks = view.blocks
    .map((block) => ({...block, groups: block.groups.filter((group) => !dropped.includes(group.id))}))
    .filter((block) => block.groups.length > 0)
  return {...view, blocks}
}

/** The view with each cut group's first `keep` items, and how many more the guide has. */
export function withCuts(view: ChecklistView, cuts: Record<string, number>): ChecklistView {
  const cut = (group: ChecklistGroupView) => {
    const keep = cuts[group.id]
    return keep === undefined || keep >= group.items.length
      ? group
      : {...group, items: group.items.slice(0, keep), more: group.items.length - keep}
  }
  return {...view, blocks: view.blocks.map((block) => ({...block, groups: block.groups.map(cut)}))}
}

export function groupTitle(view: ChecklistView, id: string): string {
  const block = view.blocks.find((candidate) => candidate.groups.some((group) => group.id === id))
  const group = block?.groups.find((candidate) => candidate.id === id)
  return [block?.title, group?.title].filter(Boolean).join(' › ')
}
