/** Decks and their Anki files for the tests, built as a build would, with ids made afresh (no file written). */
import {deckOf, type Deck} from '../../../../src/documents/cards/deck.js'
import {loadContent} from '../../../../src/input/content.js'
import {ankiFiles, type AnkiFiles} from '../../../../src/documents/anki/deck-files.js'
import {assignIds, emptyIdMap} from '../../../../src/documents/anki/ids.js'
import {studyOf, type Study} from '../../../../src/select/study.js'
import type {Question} from '../../../../src/model/types.js'
import {selectGuide} from '../../../../src/select/sections.js'
import type {PackMeta} from '../../../../src/documents/meta.js'
import {createAnkiRun} from '../../../../src/documents/anki/run-state.js'
import {createTemplates} from '../../../../src/render/template.js'

export const NOW = Date.UTC(2026, 0, 15, 12)

export const NO_ROLE: PackMeta = {
  role: null,
  domains: [],
  allDomains: true,
  date: '15 January 2026',
  source: 'guide.md',
  paper: 'a4',
}

export function deckOfStudy(study: Study, meta: PackMeta = NO_ROLE): Deck {
  const selection = {
    role: meta.role?.id ?? null,
    domains: meta.allDomains ? null : meta.domains.map((domain) => domain.id),
  }
  return deckOf(selectGuide(study.guide, study.tags, selection), study.tags.effective, meta)
}

export function freshIds(deck: Deck): Map<Question, string> {
  const questions = deck.cards.map((card) => card.question)
  const {guids} = assignIds(
    questions.map((question) => ({text: question.text, section: question.section})),
    emptyIdMap(),
  )
  return new Map(questions.map((question, index) => [question, guids[index]!]))
}

export async function filesOf(
  path: string,
  meta: PackMeta = NO_ROLE,
): Promise<{study: Study; deck: Deck; files: AnkiFiles}> {
  const content = await loadContent(path)
  const study = studyOf(content)
  const deck = deckOfStudy(study, meta)
  return {
    study,
    deck,
    files: await ankiFiles({
      deck,
      guide: study.guide,
      guids: freshIds(deck),
      html: {baseDir: content.folder},
      run: {templates: createTemplates(), anki: createAnkiRun()},
      now: NOW,
    }),
  }
}
