/**
 * Handlebars templates compiled at setup, not on every run: compiling the
 * templates and their partials took a tenth of a pack's time in Node, while
 * the browser waited for its first page. A compiled template is found by the
 * hash of its source, so a template edited since (or a user's own) is
 * compiled as before, on first use.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import Handlebars from 'handlebars'
import {PROJECT_ROOT, TEMPLATES_DIR} from '../core/paths.js'

/** Where setup puts the compiled templates (scripts/setup.mjs). */
export const PRECOMPILED_DIR = path.join(PROJECT_ROOT, 'dist', 'templates')

/** How every template and partial is compiled, at setup or on first use. */
const OPTIONS: CompileOptions = {strict: false}

const specFile = (source: string, dir: string) =>
  path.join(dir, `${createHash('sha256').update(source).digest('hex').slice(0, 32)}.js`)

/** `source` as a template of `hbs`: compiled at setup when it was, else on first use. */
export function compiled(hbs: typeof Handlebars, source: string, dir = PRECOMPILED_DIR): HandlebarsTemplateDelegate {
  let code: string
  try {
    code = readFileSync(specFile(source, dir), 'utf8')
  } catch {
    return hbs.compile(source, OPTIONS)
  }
  // The file is Handlebars' own output for this very source (its name is the source's hash).
  return hbs.template(new Function(`return ${code}`)())
}

/** Compile every .hbs file below `templates` into `dir`: what `compiled` then finds. */
export function precompileTemplates(templates = TEMPLATES_DIR, dir = PRECOMPILED_DIR): number {
  mkdirSync(dir, {recursive: true})
  const sources = readdirSync(templates, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
  for (const source of sources) writeFileSync(specFile(source, dir), Handlebars.precompile(source, OPTIONS) as string)
  return sources.length
}
