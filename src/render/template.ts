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
]

/** Stylesheets of font packages, each loading its own font files. */
const FONT_STYLESHEETS = [...FONT_FILES.map((file) => `@fontsource/${file}`), 'katex/dist/katex.min.css']

export interface Assets {
  fonts: string[]
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
      hbs.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partials, file), 'utf8'))
    }
  }
  // The user's partials replace the bundled ones of the same name.
  if (look.templates) {
    for (const [name, file] of hbsFiles(look.templates)) {
      if (name in hbs.partials) hbs.registerPartial(name, readFileSync(file, 'utf8'))
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
  const compiled = new Map<TemplateName, HandlebarsTemplateDelegate>()
  let assetUrls: Assets | undefined
  return {
    render(name, view) {
      environment ??= createEnvironment(look)
      let template = compiled.get(name)
      if (!template) {
        template = environment.compile(readFileSync(templateFile(name, look), 'utf8'), {strict: false})
        compiled.set(name, template)
      }
      assetUrls ??= assets(look)
      return template({...view, assets: assetUrls, paperSize: CSS_PAPER[view.paper ?? 'a4']})
    },
  }
}
