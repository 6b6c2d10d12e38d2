/** Every document a study pack can hold, in the order a build writes them. */
import {guideDocument} from './guide.js'
import type {StudyDocument} from './types.js'

export const DOCUMENTS: StudyDocument[] = [guideDocument]

export const DOCUMENT_NAMES = DOCUMENTS.map((document) => document.name)
