/**
 * The id map's file, `.studypack-ids.json` in the content folder: read once
 * a run for the whole guide (every pack of a run shares one note per
 * question), matched (ids.ts) and written back when it changed. A file that
 * cannot be read as an id map is left alone, and the build says so.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Guide, Question, Section} from '../../model/types.js'
import writeFileAtomic from 'write-file-atomic'
import {assignIds, emptyIdMap, formatIdMap, ID_FILE, parseIdMap, textGuids, type IdMap} from './ids.js'

export interface GuideIds {
  guids: Map<Question, string>
  /** Problems with the file, for the build to report. */
  warnings: string[]
}

function questionsOf(sections: Section[]): Question[] {
  return sections.flatMap((section) => [...section.questions, ...questionsOf(section.children)])
}

async function readIdMap(file: string): Promise<{map: IdMap; writable: boolean; warning?: string}> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {map: emptyIdMap(), writable: true}
    return {
      map: emptyIdMap(),
      writable: false,
      warning: `${file}: not read (${(error as Error).message}); the Anki notes get new ids this time`,
    }
  }
  try {
    return {map: parseIdMap(text), writable: true}
  } catch (error) {
    return {
      map: emptyIdMap(),
      writable: false,
      warning: `${file}: not an id map (${(error as Error).message}); left as it is, and the Anki notes get new ids this time`,
    }
  }
}

async function load(folder: string, guide: Guide): Promise<GuideIds> {
  const file = path.join(folder, ID_FILE)
  const questions = questionsOf(guide.sections)
  const {map: old, writable, warning} = await readIdMap(file)
  const {guids, map} = assignIds(
    questions.map((question) => ({text: question.text, section: question.section})),
    old,
  )
  const warnings = warning ? [warning] : []
  if (writable && formatIdMap(map) !== formatIdMap(old)) {
    await writeFileAtomic(file, formatIdMap(map)).catch((error: Error) =>
      warnings.push(`${file}: not written (${error.message}); the next build gives new notes new ids again`),
    )
  }
  return {guids: new Map(questions.map((question, index) => [question, guids[index]!])), warnings}
}

function fromText(guide: Guide): GuideIds {
  const questions = questionsOf(guide.sections)
  const guids = textGuids(questions.map((question) => ({text: question.text, section: question.section})))
  return {guids: new Map(questions.map((question, index) => [question, guids[index]!])), warnings: []}
}

/**
 * The GUID of every question of the guide; the file is read and written once
 * per parsed guide. A guide with no folder of its own (`folder` null: piped
 * in) keeps no file: its GUIDs come from the questions' text.
 */
export function guideIds(
  folder: string | null,
  guide: Guide,
  loaded: Map<Guide, Promise<GuideIds>>,
): Promise<GuideIds> {
  let ids = loaded.get(guide)
  if (!ids) loaded.set(guide, (ids = folder === null ? Promise.resolve(fromText(guide)) : load(folder, guide)))
  return ids
}
