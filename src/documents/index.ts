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

/**
 * Started before the others in a pack: the cards keep the browser busiest (a
 * measuring layout, then the print of every sheet), and started last they
 * would run alone at the end while the other lanes stood idle.
 */
export const START_FIRST = ['cards']

export const DOCUMENT_NAMES = DOCUMENTS.map((document) => document.name)
