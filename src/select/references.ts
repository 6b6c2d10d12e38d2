/**
 * A reference to a section, as a manifest writes one: a heading path
 * ("Part > Chapter", case and punctuation as the labels fold them) or a slug
 * ("#chapter"). The one place that knows how a reference names a section.
 */
import {normalizeLabel} from '../model/labels.js'
import type {Section} from '../model/types.js'
import {eachSection} from '../model/walk.js'

const pathKey = (path: string[]) => path.map(normalizeLabel).join(' > ')

export function referenceMatches(reference: string, section: Section): boolean {
  return pathKey(reference.split('>')) === pathKey(section.path) || reference.trim().replace(/^#/, '') === section.slug
}

/** Sections by reference key: each section under its heading path and its slug. */
export function referenceIndex(sections: Section[]): (reference: string) => Section[] {
  const byKey = new Map<string, Section[]>()
  const add = (key: string, section: Section) => byKey.set(key, [...(byKey.get(key) ?? []), section])
  eachSection(sections, (section) => {
    add(pathKey(section.path), section)
    add(`#${section.slug}`, section)
  })
  return (reference) =>
    byKey.get(pathKey(reference.split('>'))) ?? byKey.get(`#${reference.trim().replace(/^#/, '')}`) ?? []
}
