/** Every document a study pack can hold, in the order a build writes them. */
import {ankiDocument} from './anki.js'
import {cardsDocument} from './cards.js'
import {cheatsheetDocument} from './cheatsheet.js'
import {checklistDocument} from './checklist.js'
import {guideDocument} from './guide.js'
import type {StudyDocument} from './types.js'

export const DOCUMENTS: StudyDocument[] = [guideDocument, cheatsheetDocument, cardsDocument, ankiDocument, checklistDocument]

export const DOCUMENT_NAMES = DOCUMENTS.map((document) => document.name)
