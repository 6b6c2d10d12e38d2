/**
 * The note type "studypack Q&A": its fields, its one card template and its
 * CSS (templates/styles/anki.css, after @font-face rules for the fonts the
 * printed cards use, shipped as media files). Its id is fixed, so a rebuilt
 * deck updates the note type it made before instead of adding a copy; the
 * field and template names are what Anki compares, so they never change.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {TEMPLATES_DIR} from '../../core/paths.js'
import {stableId, type MediaFile} from './apkg.js'
import type {NoteTypeSpec} from './schema.js'

const require = createRequire(import.meta.url)

export const NOTE_TYPE_NAME = 'studypack Q&A'
const FIELDS = ['Front', 'Back', 'Section', 'Kind', 'Source'] as const

const FRONT = `<div class="sp sp-front" data-kind="{{text:Kind}}">
<div class="sp-top">{{Kind}}</div>
<div class="sp-question">{{Front}}</div>
<div class="sp-foot"><span class="sp-where">{{Section}}</span><span class="sp-source">{{Subdeck}}</span></div>
</div>`

const BACK = `<div class="sp sp-back" data-kind="{{text:Kind}}">
<div class="sp-top">{{Kind}}</div>
<div class="sp-question sp-asked">{{Front}}</div>
<hr id="answer">
<div class="sp-answer">{{Back}}</div>
<div class="sp-foot"><span class="sp-where">{{Section}}</span><span class="sp-source">{{Source}}</span></div>
</div>`

/** The faces of the fonts the cards use, latin and latin-ext subsets (the rest print with a system font). */
const FONT_STYLESHEETS = [
  'source-serif-4/400.css',
  'source-serif-4/400-italic.css',
  'source-serif-4/600.css',
  'source-serif-4/700.css',
  'inter/400.css',
  'inter/600.css',
  'inter/700.css',
  'jetbrains-mono/400.css',
]
const SUBSETS = /-latin(-ext)?-\d+-(normal|italic)\.woff2$/

export interface NoteType {
  spec: NoteTypeSpec
  /** The font files, named `_studypack-…` so Anki's "check media" never deletes them. */
  fonts: MediaFile[]
}

function fontFaces(): {css: string; fonts: MediaFile[]} {
  const fonts: MediaFile[] = []
  const faces: string[] = []
  for (const sheet of FONT_STYLESHEETS) {
    const file = require.resolve(`@fontsource/${sheet}`)
    const css = readFileSync(file, 'utf8')
    for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
      const source = /url\((?:\.\/)?(files\/[^)]+\.woff2)\)/.exec(block)?.[1]
      if (!source || !SUBSETS.test(source)) continue
      const name = `_studypack-${path.basename(source)}`
      fonts.push({name, data: readFileSync(path.join(path.dirname(file), source))})
      faces.push(
        block.replace(/src:[^;]+;/, `src: url("${name}") format('woff2');`).replace(/\s*font-display:[^;]+;/, ''),
      )
    }
  }
  return {css: faces.join('\n'), fonts}
}

/** Read once a run (the run keeps it): the fonts and the stylesheet are the same for every pack. */
export function noteType(state: {noteType: NoteType | null}): NoteType {
  if (state.noteType) return state.noteType
  const {css, fonts} = fontFaces()
  const style = readFileSync(path.join(TEMPLATES_DIR, 'anki', 'style.css'), 'utf8')
  state.noteType = {
    spec: {
      id: stableId(`note type ${NOTE_TYPE_NAME}`),
      name: NOTE_TYPE_NAME,
      fields: [...FIELDS],
      front: FRONT,
      back: BACK,
      css: `${css}\n${style}`,
    },
    fonts,
  }
  return state.noteType
}
