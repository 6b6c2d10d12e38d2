/**
 * Content folder → parsed, modelled guide and its tag index: the work every
 * command shares, done once per run however many packs follow.
 */
import {applyAnswerKey} from '../model/answer-key.js'
import {loadContent, type Content} from '../input/content.js'
import {DEFAULT_VOCABULARY, type Vocabulary} from '../model/labels.js'
import {buildGuide} from '../model/index.js'
import type {Guide} from '../model/types.js'
import {parseMarkdown} from '../input/parse.js'
import {indexTags, type TagIndex} from './sections.js'

export interface Study {
  content: Content
  guide: Guide
  tags: TagIndex
  warnings: string[]
}

/** The manifest's labels extend the defaults; they never replace them. */
export function vocabularyOf(content: Content): Vocabulary {
  const extra = content.manifest.labels ?? {}
  return {
    questions: [...(extra.questions ?? []), ...DEFAULT_VOCABULARY.questions],
    topics: [...(extra.topics ?? []), ...DEFAULT_VOCABULARY.topics],
    tips: [...(extra.tips ?? []), ...DEFAULT_VOCABULARY.tips],
    steps: [...(extra.steps ?? []), ...DEFAULT_VOCABULARY.steps],
  }
}

export function studyOf(content: Content): Study {
  const documents = content.files.map((file) => ({file: file.name, root: parseMarkdown(file.text)}))
  const fallbackTitle = content.files[0]?.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ')
  const guide = buildGuide(documents, {vocabulary: vocabularyOf(content), fallbackTitle})
  if (content.manifest.title) guide.title = content.manifest.title
  const answerWarnings = applyAnswerKey(guide, content)
  const tags = indexTags(guide, content.manifest)
  const warnings = [
    ...content.warnings,
    ...answerWarnings,
    ...tags.unmatched.map(
      (key) => `${content.manifestFile ?? 'manifest'}: sections: "${key}" names no section of the guide`,
    ),
  ]
  return {content, guide, tags, warnings}
}

export async function loadStudy(contentPath: string): Promise<Study> {
  return studyOf(await loadContent(contentPath))
}
