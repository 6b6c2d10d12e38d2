/**
 * Stage 3: keep the sections that matter for one role and a set of domains.
 * A section's tag comes from the manifest (by heading path or slug); an
 * untagged section inherits its parent's, and one with none at all is common.
 */
import type {Manifest, SectionTag} from '../config/manifest/schema.js'
import {normalizeLabel} from '../model/labels.js'
import type {Guide, Section} from '../model/types.js'

export interface Selection {
  /** Null: no role chosen, every section is kept (a guide with no manifest). */
  role: string | null
  /** Null: every domain. An empty list: no domain section at all. */
  domains: string[] | null
}

export interface TagIndex {
  tags: Map<string, SectionTag>
  /** Manifest keys that name no section of the guide. */
  unmatched: string[]
}

const pathKey = (path: string[]) => path.map(normalizeLabel).join(' > ')

function walk(sections: Section[], visit: (section: Section) => void): void {
  for (const section of sections) {
    visit(section)
    walk(section.children, visit)
  }
}

/** Match each manifest key to the sections it names: a heading path, or a slug. */
export function indexTags(guide: Guide, manifest: Manifest): TagIndex {
  const byKey = new Map<string, Section[]>()
  const add = (key: string, section: Section) => byKey.set(key, [...(byKey.get(key) ?? []), section])
  walk(guide.sections, (section) => {
    add(pathKey(section.path), section)
    add(`#${section.slug}`, section)
  })
  const tags = new Map<string, SectionTag>()
  const unmatched: string[] = []
  for (const [key, tag] of Object.entries(manifest.sections)) {
    const hits = byKey.get(pathKey(key.split('>'))) ?? byKey.get(`#${key.trim().replace(/^#/, '')}`)
    if (hits) hits.forEach((section) => tags.set(section.slug, tag))
    else unmatched.push(key)
  }
  return {tags, unmatched}
}

function allows(tag: SectionTag | undefined, selection: Selection): boolean {
  if (!tag) return true
  const roleOk = !tag.roles || selection.role === null || tag.roles.includes(selection.role)
  const domainOk =
    !tag.domains || selection.domains === null || tag.domains.some((domain) => selection.domains!.includes(domain))
  return roleOk && domainOk
}

function keep(
  sections: Section[],
  tags: Map<string, SectionTag>,
  selection: Selection,
  inherited?: SectionTag,
): Section[] {
  return sections.flatMap((section) => {
    const tag = tags.get(section.slug) ?? inherited
    if (!allows(tag, selection)) return []
    const children = keep(section.children, tags, selection, tag)
    // A heading whose every sub-section was dropped, with nothing of its own, would print empty.
    if (section.children.length > 0 && children.length === 0 && section.body.length === 0) return []
    return [{...section, children}]
  })
}

export function selectGuide(guide: Guide, index: TagIndex, selection: Selection): Guide {
  return {...guide, sections: keep(guide.sections, index.tags, selection)}
}

/** Every section of a guide, depth first: for counts and lookups. */
export function allSections(guide: Guide): Section[] {
  const out: Section[] = []
  walk(guide.sections, (section) => out.push(section))
  return out
}
