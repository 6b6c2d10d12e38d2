/**
 * What a document of a study pack is: a name for `--only`, the options it
 * declares (validated with the build's config, before any work), and how it
 * turns a pack into files. Documents know nothing of the command line.
 */
import type {Printer} from '../browser/printer.js'
import type {BuildConfig} from '../config/build-config.js'
import type {OptionSpecs, OptionValues} from '../config/options.js'
import type {Profile} from '../core/profile.js'
import type {Reporter} from '../core/report.js'
import type {Guide} from '../model/types.js'
import type {HtmlCache} from '../render/html.js'
import type {Templates} from '../render/template.js'
import type {Pack} from '../select/packs.js'
import type {Study} from '../select/study.js'
import type {AnkiRun} from './anki/run-state.js'
import type {FaceFits} from './cards/fit-cache.js'
import type {PackMeta} from './meta.js'

/** A printed document. */
export interface PdfFile {
  /** File name inside the pack's folder, such as "guide.pdf". */
  name: string
  data: Uint8Array
  pages: number
  /** The HTML the PDF shows: the source of its --html twin. */
  html: string
  /** The page each heading landed on, by slug: for the documents that cite this one's pages (guide.pdf's). */
  headingPages?: Map<string, number>
}

/** A file that is not printed, such as the Anki deck. */
export interface DataFile {
  name: string
  data: string | Uint8Array
}

export type OutputFile = PdfFile | DataFile

/**
 * What a run keeps for all its documents: the templates, and what has been
 * rendered and measured already (the packs of `--all` share most of their
 * sections). A --watch rebuild gets a fresh one, so nothing stale survives.
 */
export interface DocumentRun {
  templates: Templates
  html: HtmlCache
  fits: {cards: FaceFits; cheatsheet: Map<string, number>}
  anki: AnkiRun
  /** Where the run's time goes (`--profile`); records nothing otherwise. */
  profile: Profile
}

export interface DocumentContext<O = Record<string, unknown>> {
  study: Study
  pack: Pack
  /** The guide's sections for this pack's role and domains, selected once for all its documents. */
  guide: Guide
  meta: PackMeta
  config: BuildConfig
  /** This document's own options, validated. */
  options: O
  report: Reporter
  /** Present when the document says it needs a browser. */
  printer: Printer
  run: DocumentRun
  /**
   * The files of another document of the same pack, once it has made them,
   * when this build makes it (undefined otherwise): how a document cites
   * what only another one knows, such as guide.pdf's page numbers.
   */
  resultOf(name: string): Promise<OutputFile[]> | undefined
}

export interface StudyDocument<S extends OptionSpecs = OptionSpecs> {
  name: string
  /** What it writes, for --help. */
  describe: string
  needsBrowser: boolean
  options: S
  /**
   * Checks of options that depend on each other, run with the build config
   * before any work: throws a UsageError.
   */
  check?(options: OptionValues<S>, config: Pick<BuildConfig, 'only' | 'role' | 'all'>): void
  /** Files to write; an empty list writes nothing (and the document says why). */
  build(context: DocumentContext<OptionValues<S>>): Promise<OutputFile[]>
}

/** Type a document's build by the options it declares. */
export const defineDocument = <S extends OptionSpecs>(document: StudyDocument<S>): StudyDocument =>
  document as unknown as StudyDocument
