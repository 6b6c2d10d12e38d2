/**
 * What a document of a study pack is: a name for `--only`, the options it adds
 * to `studypack build`, and how it turns a pack into files.
 */
import type {Options} from 'yargs'
import type {Study} from '../select/study.js'
import type {Pack} from '../select/packs.js'
import type {Printer} from '../browser/printer.js'
import type {Reporter} from '../core/report.js'
import type {PackMeta} from './guide/view.js'

/** A printed document. */
export interface PdfFile {
  /** File name inside the pack's folder, such as "guide.pdf". */
  name: string
  data: Uint8Array
  pages: number
  /** The HTML the PDF shows: the source of its --html twin. */
  html: string
}

/** A text export, such as the Anki deck. */
export interface TextFile {
  name: string
  data: string
}

export type OutputFile = PdfFile | TextFile

export interface DocumentContext {
  study: Study
  pack: Pack
  meta: PackMeta
  /** Every option of `build`, including the ones this document added. */
  args: Record<string, unknown>
  report: Reporter
  /** Present when the document says it needs a browser. */
  printer: Printer
}

export interface StudyDocument {
  name: string
  describe: string
  needsBrowser: boolean
  /** Extra `build` options, keyed by name. */
  options?: Record<string, Options>
  /** Files to write; an empty list writes nothing (and the document says why). */
  build(context: DocumentContext): Promise<OutputFile[]>
}
