/**
 * Stage 5: view data → an HTML document, with the Handlebars templates,
 * partials and styles in templates/. Only this module knows where they are.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import Handlebars from 'handlebars'
import {TEMPLATES_DIR} from './paths.js'


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
]

/** Stylesheets of font packages, each loading its own font files. */
const FONT_STYLESHEETS = [...FONT_FILES.map((file) => `@fontsource/${file}`), 'katex/dist/katex.min.css']

export interface Assets {
  fonts: string[]
  styles: string
}

/** Folders a rendered page may read from, besides the content folder. */
export function assetRoots(): string[] {
  return [
    TEMPLATES_DIR,
    path.dirname(path.dirname(require.resolve('@fontsource/inter/package.json'))),
    path.dirname(require.resolve('katex/package.json')),
  ]
}

export function assets(): Assets {
  return {
    fonts: FONT_STYLESHEETS.map((file) => pathToFileURL(require.resolve(file)).href),
    styles: pathToFileURL(path.join(TEMPLATES_DIR, 'styles')).href,
  }
}

const PAPER_SIZES = {a4: 'A4', letter: 'letter'} as const

/** A CSS string literal; `<` is escaped too, since it sits inside a <style> element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`
}

function createEnvironment(): typeof Handlebars {
  const hbs = Handlebars.create()
  const partials = path.join(TEMPLATES_DIR, 'partials')
  for (const file of readdirSync(partials).filter((name) => name.endsWith('.hbs'))) {
    hbs.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partials, file), 'utf8'))
  }
  // A CSS string literal: the running header is user text inside a stylesheet.
  hbs.registerHelper('cssString', (text: unknown) => new hbs.SafeString(cssString(String(text))))
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  return hbs
}

let environment: typeof Handlebars | undefined
const compiled = new Map<string, HandlebarsTemplateDelegate>()
let assetUrls: Assets | undefined

/** Read the templates and partials afresh on the next render: --watch calls it when they change. */
export function forgetTemplates(): void {
  environment = undefined
  compiled.clear()
}

export function renderTemplate(name: string, view: object & {paper?: keyof typeof PAPER_SIZES}): string {
  environment ??= createEnvironment()
  let template = compiled.get(name)
  if (!template) {
    template = environment.compile(readFileSync(path.join(TEMPLATES_DIR, `${name}.hbs`), 'utf8'), {strict: false})
    compiled.set(name, template)
  }
  assetUrls ??= assets()
  return template({...view, assets: assetUrls, paperSize: PAPER_SIZES[view.paper ?? 'a4']})
}
