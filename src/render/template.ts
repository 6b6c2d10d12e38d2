/**
 * View data → an HTML document, with the Handlebars templates in templates/:
 * `<document>/document.hbs` and `style.css` for each document, `base/` for what
 * they share, partials registered by file name from every `partials/` folder.
 * Only this module knows where they are.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import Handlebars from 'handlebars'
import {TEMPLATES_DIR} from '../core/paths.js'
import {compiled} from './precompiled.js'
import {DEFAULT_LOOK, type Look} from '../config/look.js'
import {CSS_PAPER, type Paper} from '../config/paper.js'

const require = createRequire(import.meta.url)

/** The @fontsource weights the styles use: static files, which Chrome embeds as TrueType. */
const FONT_FILES = [
  'source-serif-4/400.css',
  'source-serif-4/400-italic.css',
  'source-serif-4/600.css',
  'source-serif-4/700.css',
  'inter/400.css',
  'inter/500.css',
  'inter/600.css',
  'inter/700.css',
  'jetbrains-mono/400.css',
  'jetbrains-mono/400-italic.css',
  'jetbrains-mono/700.css',
  // Symbols, arrows and pictographs guides use (→ ✓ ★ ⚠ …), and monochrome emoji: static 400 files.
  'noto-sans-symbols-2/400.css',
  'noto-emoji/400.css',
]

/**
 * Faces whose package stylesheet states too narrow a unicode-range (Noto Sans
 * Math's says "latin" but the file has every math symbol), or that fill one
 * block for the text faces (box drawing): the ranges are the files' real
 * character sets, so the glyph check can trust them.
 */
interface ExtraFace {
  family: string
  file: string
  range: string
  /** The weights the file stands for; 100 900 when it has one weight for all. */
  weight?: string
  /** CSS size-adjust, to give the glyphs another face's advance. */
  sizeAdjust?: string
}

/**
 * Box drawing and block elements (directory trees, bars in code): Cascadia
 * Code's, which are drawn for a monospace cell. Its advance is 1200/2048 em,
 * JetBrains Mono's 0.6 em: scaled by 102.4 %, a ├── takes exactly the room of
 * three letters of the code around it, and a tree's columns line up.
 */
const BOX = {family: 'Studypack Box', range: 'U+2500-259F', sizeAdjust: '102.4%'}

const EXTRA_FACES: ExtraFace[] = [
  {...BOX, weight: '100 500', file: '@fontsource/cascadia-code/files/cascadia-code-symbols2-400-normal.woff2'},
  {...BOX, weight: '600 900', file: '@fontsource/cascadia-code/files/cascadia-code-symbols2-700-normal.woff2'},
  {
    family: 'Noto Sans Math',
    file: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2',
    range:
      'U+2190-2300,U+2302,U+2305-2306,U+2308-230B,U+2310-2313,U+2317,U+2319,U+231C-2323,U+232C,U+2332,U+2336-237A,U+237C,U+2394-2395,U+239B-23B9,U+23CE,U+23D0,U+23DC-23E7,U+2422-2423,U+2474-2475,U+25A0-25FF,U+2605-2606,U+2609,U+2621,U+263B-263E,U+2640,U+2642,U+2660-2667,U+2669-266F,U+267E,U+2680-2689,U+26A5,U+26AA-26AC,U+26B2,U+2713,U+2720,U+272A,U+2736,U+2739,U+273D,U+2772-2773,U+279B,U+27C0-27FF,U+2900-2B04,U+2B0E-2B4C,U+2B50-2B54,U+2BFE,U+1D400-1D7FF',
  },
]

/** The extra faces as CSS, with absolute file URLs (the page may read the packages' folders). */
function extraFaces(): string {
  return EXTRA_FACES.map((face) => {
    const src = pathToFileURL(require.resolve(face.file)).href
    const adjust = face.sizeAdjust ? ` size-adjust: ${face.sizeAdjust};` : ''
    return `@font-face { font-family: '${face.family}'; font-style: normal; font-weight: ${face.weight ?? '100 900'}; font-display: block; src: url("${src}");${adjust} unicode-range: ${face.range}; }`
  }).join('\n')
}

/** Stylesheets of font packages, each loading its own font files. */
const FONT_STYLESHEETS = [...FONT_FILES.map((file) => `@fontsource/${file}`), 'katex/dist/katex.min.css']

export interface Assets {
  fonts: string[]
  /** @font-face rules of the EXTRA_FACES, for a <style> in the head. */
  fontFaces: string
  /** URL of the templates folder: stylesheets are `<document>/style.css` and `base/base.css`. */
  templates: string
  /** The theme's stylesheet, linked after the document's own. */
  theme: string
  /** The user's --css files, linked last. */
  userStyles: string[]
}

/** The templates a page is made from: each document's own, and the Anki note's back. */
export type TemplateName = 'guide' | 'cheatsheet' | 'checklist' | 'cards' | 'plan' | 'anki-back'

const TEMPLATE_FILES: Record<TemplateName, string> = {
  guide: 'guide/document.hbs',
  cheatsheet: 'cheatsheet/document.hbs',
  checklist: 'checklist/document.hbs',
  cards: 'cards/document.hbs',
  plan: 'plan/document.hbs',
  'anki-back': 'anki/partials/note-back.hbs',
}

/** Folders a rendered page may read from, besides the content folder. */
export function assetRoots(): string[] {
  return [
    TEMPLATES_DIR,
    path.dirname(path.dirname(require.resolve('@fontsource/inter/package.json'))),
    path.dirname(require.resolve('katex/package.json')),
  ]
}

export function assets(look: Look = DEFAULT_LOOK): Assets {
  return {
    fonts: FONT_STYLESHEETS.map((file) => pathToFileURL(require.resolve(file)).href),
    fontFaces: extraFaces(),
    templates: pathToFileURL(TEMPLATES_DIR).href,
    theme: pathToFileURL(path.join(TEMPLATES_DIR, 'themes', `${look.theme}.css`)).href,
    userStyles: look.css.map((file) => pathToFileURL(file).href),
  }
}

/** A CSS string literal; `<` is escaped too, since it sits inside a <style> element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`
}

/** Every .hbs file below `dir`, by name without the extension. */
function hbsFiles(dir: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile() && entry.name.endsWith('.hbs')) {
      found.set(path.basename(entry.name, '.hbs'), path.join(entry.parentPath, entry.name))
    }
  }
  return found
}

function createEnvironment(look: Look): typeof Handlebars {
  const hbs = Handlebars.create()
  for (const folder of readdirSync(TEMPLATES_DIR)) {
    const partials = path.join(TEMPLATES_DIR, folder, 'partials')
    if (!existsSync(partials)) continue
    for (const file of readdirSync(partials).filter((name) => name.endsWith('.hbs'))) {
      hbs.registerPartial(path.basename(file, '.hbs'), compiled(hbs, readFileSync(path.join(partials, file), 'utf8')))
    }
  }
  // The user's partials replace the bundled ones of the same name.
  if (look.templates) {
    for (const [name, file] of hbsFiles(look.templates)) {
      if (name in hbs.partials) hbs.registerPartial(name, compiled(hbs, readFileSync(file, 'utf8')))
    }
  }
  // A CSS string literal: the running header is user text inside a stylesheet.
  hbs.registerHelper('cssString', (text: unknown) => new hbs.SafeString(cssString(String(text))))
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  return hbs
}

/** The template file for `name`: the user's (`guide.hbs`, or `guide/document.hbs` as in ours), else ours. */
function templateFile(name: TemplateName, look: Look): string {
  if (look.templates) {
    for (const candidate of [TEMPLATE_FILES[name], `${name}.hbs`]) {
      const file = path.join(look.templates, candidate)
      if (existsSync(file)) return file
    }
  }
  return path.join(TEMPLATES_DIR, TEMPLATE_FILES[name])
}

/** The templates of one run, read and compiled on first use (a --watch rebuild makes new ones). */
export interface Templates {
  render(name: TemplateName, view: object & {paper?: Paper}): string
}

export function createTemplates(look: Look = DEFAULT_LOOK): Templates {
  let environment: typeof Handlebars | undefined
  const templates = new Map<TemplateName, HandlebarsTemplateDelegate>()
  let assetUrls: Assets | undefined
  return {
    render(name, view) {
      environment ??= createEnvironment(look)
      let template = templates.get(name)
      if (!template) {
        template = compiled(environment, readFileSync(templateFile(name, look), 'utf8'))
        templates.set(name, template)
      }
      assetUrls ??= assets(look)
      return template({...view, assets: assetUrls, paperSize: CSS_PAPER[view.paper ?? 'a4']})
    },
  }
}
