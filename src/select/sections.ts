/**
 * Stage 3: keep the sections that matter for one role and a set of domains.
 * A section's tag comes from the manifest (by heading path or slug); an
 * untagged section inherits its parent's, and one with none at all is common.
 */
import type {Manifest, SectionTag} from '../config/manifest/schema.js'
import type {Guide, Section} from '../model/types.js'
import {eachSection} from '../model/walk.js'
import {referenceIndex} from './references.js'

export interface Selection {
  /** Null: no role chosen, every section is kept (a guide with no manifest). */
  role: string | null
  /** Null: every domain. An empty list: no domain section at all. */
  domains: string[] | null
}

export interface TagIndex {
  /** The manifest's own tags, by section slug. */
  tags: Map<string, SectionTag>
  /** Every tagged section's tag, its own or the nearest tagged ancestor's: the one place tags are inherited. */
  effective: Map<string, SectionTag>
  /** Manifest keys that name no section of the guide. */
  unmatched: string[]
}

/** Match each manifest key to the sections it names (see references.ts), then hand tags down. */
export function indexTags(guide: Guide, manifest: Manifest): TagIndex {
  const named = referenceIndex(guide.sections)
  const tags = new Map<string, SectionTag>()
  const unmatched: string[] = []
  for (const [key, tag] of Object.entries(manifest.sections)) {
    const hits = named(key)
    if (hits.length > 0) hits.forEach((section) => tags.set(section.slug, tag))
    else unmatched.push(key)
  }
  const effective = new Map<string, SectionTag>()
  eachSection(guide.sections, (section, parent) => {
    const tag = tags.get(section.slug) ?? (parent ? effective.get(parent.slug) : undefined)
    if (tag) effective.set(section.slug, tag)
  })
  return {tags, effective, unmatched}
}

function allows(tag: SectionTag | undefined, selection: Selection): boolean {
  if (!tag) return true
  const roleOk = !tag.roles || selection.role === null || tag.roles.includes(selection.role)
  const domainOk =
    !tag.domains || selection.domains === null || tag.domains.some((domain) => selection.domains!.includes(domain))
  return roleOk && domainOk
}

function keep(sections: Section[], tags: Map<string, SectionTag>, selection: Selection): Section[] {
  return sections.flatMap((section) => {
    if (!allows(tags.get(section.slug), selection)) return []
    const children = keep(section.children, tags, selection)
    // A heading whose every sub-section was dropped, with nothing of its own, would print empty.
    if (section.children.length > 0 && children.length === 0 && section.body.length === 0) return []
    return [{...section, children}]
  })
}

export function selectGuide(guide: Guide, index: TagIndex, selection: Selection): Guide {
  return {...guide, sections: keep(guide.sections, index.effective, selection)}
}

export {allSections} from '../model/walk.js'
