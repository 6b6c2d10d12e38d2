/** Build the model of a markdown string or of the bundled guide, as the CLI would. */
import path from 'node:path'
import {type Content, type GuideFile, loadContent} from '../../src/input/content.js'
import {studyOf, type Study} from '../../src/select/study.js'
import {DEFAULT_MANIFEST} from '../../src/config/manifest/defaults.js'
import {buildGuide} from '../../src/model/index.js'
import type {Guide, Section} from '../../src/model/types.js'
import {parseMarkdown} from '../../src/input/parse.js'
import {PROJECT_ROOT} from '../../src/core/paths.js'

export const CONTENT = path.join(PROJECT_ROOT, 'content')
export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures')

export function guideOf(markdown: string, file = 'guide.md'): Guide {
  return buildGuide([{file, root: parseMarkdown(markdown)}])
}

/** Content as loadContent makes it, from files in memory: no manifest file, no answer key or glossary. */
export function contentOf(files: GuideFile[], manifest = DEFAULT_MANIFEST, extra: Partial<Content> = {}): Content {
  return {
    folder: FIXTURES,
    manifest,
    manifestFile: null,
    files,
    answers: null,
    glossary: null,
    placeOf: () => ({file: 'studypack.yaml', line: 1, column: 1}),
    warnings: [],
    ...extra,
  }
}

export function studyOfText(markdown: string, manifest = DEFAULT_MANIFEST): Study {
  return studyOf(contentOf([{name: 'guide.md', text: markdown}], manifest))
}

export async function bundledStudy(): Promise<Study> {
  return studyOf(await loadContent(CONTENT))
}

export function flat(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flat(section.children)])
}

export function byTitle(guide: Guide, title: string): Section {
  const found = flat(guide.sections).find((section) => section.title === title)
  if (!found) throw new Error(`no section "${title}"`)
  return found
}
