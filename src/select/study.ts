/**
 * Content folder → parsed, modelled guide with its answer key, glossary and
 * tag index: the work every command shares, done once per run however many
 * packs follow. Every reference the manifest makes is checked here, once.
 */
import {StudypackError} from '../core/errors.js'
import type {Message} from '../core/messages.js'
import {type Content, loadContent} from '../input/content.js'
import {imageWarnings} from '../input/images.js'
import {parseMarkdown} from '../input/parse.js'
import {parseAll} from '../input/parallel.js'
import {STDIN, stdinContent} from '../input/stdin.js'
import {applyAnswerKey} from '../model/answer-key.js'
import {type GlossaryIndex, loadGlossary} from '../model/glossary/index.js'
import {buildGuide} from '../model/index.js'
import {DEFAULT_VOCABULARY, type Vocabulary} from '../model/labels.js'
import type {Guide} from '../model/types.js'
import {allSections} from '../model/walk.js'
import {referenceMatches} from './references.js'
import {indexTags, type TagIndex} from './sections.js'

export interface Study {
  content: Content
  guide: Guide
  tags: TagIndex
  glossary: GlossaryIndex
  warnings: Message[]
}

/** The manifest's labels extend the defaults; they never replace them. */
function vocabularyOf(content: Content): Vocabulary {
  const extra = content.manifest.labels ?? {}
  return {
    questions: [...(extra.questions ?? []), ...DEFAULT_VOCABULARY.questions],
    topics: [...(extra.topics ?? []), ...DEFAULT_VOCABULARY.topics],
    tips: [...(extra.tips ?? []), ...DEFAULT_VOCABULARY.tips],
    steps: [...(extra.steps ?? []), ...DEFAULT_VOCABULARY.steps],
  }
}

/** Section references of the manifest (tags, checklist entries) that name no section: each an error at its line. */
function checkReferences(content: Content, guide: Guide, tags: TagIndex): void {
  const sections = allSections(guide)
  const missing = [
    ...tags.unmatched.map((key) => ({keys: ['sections', key], reference: key})),
    ...(content.manifest.checklist ?? []).flatMap((entry, index) =>
      sections.some((section) => referenceMatches(entry.section, section))
        ? []
        : [{keys: ['checklist', index, 'section'], reference: entry.section}],
    ),
  ]
  if (missing.length === 0) return
  const lines = missing.map(({keys, reference}) => {
    const place = content.placeOf(keys)
    return `${place.file}:${place.line}:${place.column}: ${keys[0]}: "${reference}" names no section of the guide`
  })
  throw new StudypackError(lines.join('\n'))
}

/** The study of `content`, from its files' trees (parsed here unless given: see loadStudy). */
export function studyOf(content: Content, trees = content.files.map((file) => parseMarkdown(file.text))): Study {
  const documents = content.files.map((file, index) => ({file: file.name, root: trees[index]!}))
  const fallbackTitle = content.files[0]?.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ')
  const guide = buildGuide(documents, {vocabulary: vocabularyOf(content), fallbackTitle})
  if (content.manifest.title) guide.title = content.manifest.title
  const answerWarnings = applyAnswerKey(guide, content.answers)
  const tags = indexTags(guide, content.manifest)
  checkReferences(content, guide, tags)
  const glossary = loadGlossary(content.glossary)
  const images = imageWarnings(documents, content.folder)
  return {content, guide, tags, glossary, warnings: [...content.warnings, ...images, ...answerWarnings]}
}

export async function loadStudy(contentPath: string): Promise<Study> {
  const content = contentPath === STDIN ? await stdinContent() : await loadContent(contentPath)
  // A big guide is parsed on every core.
  return studyOf(content, await parseAll(content.files.map((file) => file.text)))
}
