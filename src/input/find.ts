/**
 * Which guide a build reads when the user names none: a studypack.yaml or a
 * guide in the working folder wins over the bundled sample, as a person
 * running the tool in their notes folder expects.
 */
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'

/** Markdown files that are about a folder rather than a guide in it. */
const NOT_GUIDES = /^(readme|changelog|contributing|license|code_of_conduct|security|history)\.(md|markdown)$/i

export interface FoundContent {
  path: string
  /** For the user: what was found. */
  why: string
}

export function contentIn(folder: string): FoundContent | null {
  const names = readdirSync(folder).filter((name) =>
    statSync(path.join(folder, name), {throwIfNoEntry: false})?.isFile(),
  )
  if (names.includes('studypack.yaml')) return {path: folder, why: 'studypack.yaml in this folder'}
  const guides = names.filter((name) => /\.(md|markdown)$/i.test(name) && !NOT_GUIDES.test(name)).sort()
  if (guides.length === 0) return null
  const shown = guides.length > 3 ? `${guides.slice(0, 3).join(', ')} …` : guides.join(', ')
  return {path: folder, why: `the guide in this folder (${shown})`}
}
