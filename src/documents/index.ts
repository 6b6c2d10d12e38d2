/** Every document a study pack can hold, in the order a build writes them. */
import {ankiDocument} from './anki/index.js'
import {cardsDocument} from './cards/index.js'
import {cheatsheetDocument} from './cheatsheet/index.js'
import {checklistDocument} from './checklist/index.js'
import {guideDocument} from './guide/index.js'
import {planDocument} from './plan/index.js'
import type {StudyDocument} from './types.js'

export const DOCUMENTS: StudyDocument[] = [
  guideDocument,
  cheatsheetDocument,
  cardsDocument,
  ankiDocument,
  checklistDocument,
  // After the guide: the plan cites guide.pdf's page numbers (see plan/index.ts).
  planDocument,
]

export const DOCUMENT_NAMES = DOCUMENTS.map((document) => document.name)
