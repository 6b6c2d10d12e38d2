/**
 * End to end, the cheat sheet and the day-of checklist of all 16 packs, from
 * one CLI build in one browser: page counts, the smallest type, every term
 * with its definition, every checklist item, and embedded fonts.
 */
import {mkdtempSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {topicTerms} from '../../src/model/glossary/index.js'
import {plainText} from '../../src/model/text.js'
import {allPacks} from '../../src/select/packs.js'
import {allSections, selectGuide} from '../../src/select/sections.js'
import {checklistView, manifestRules} from '../../src/documents/checklist/view.js'
import type {PackMeta} from '../../src/documents/guide/view.js'
import {studypack, type CliResult} from '../helpers/cli.js'
import {bundledStudy, CONTENT} from '../helpers/guide.js'
import {pdfFonts, readPdf} from '../helpers/pdf.js'
import {smallestText} from '../helpers/pdf-fonts.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-sheets-'))
const study = await bundledStudy()
const {manifest} = study.content
const packs = allPacks(manifest)
const glossary = study.glossary

/** PDF text and source text compared without the line breaks and hyphens that layout adds. */
const squash = (text: string) => text.replace(/[\s\u00ad\u2010-]+/g, '')

let built: CliResult
const texts = new Map<string, string>()
const textOf = async (file: string) => {
  if (!texts.has(file)) texts.set(file, (await readPdf(file)).pages.join('\n'))
  return texts.get(file)!
}

beforeAll(async () => {
  built = await studypack([
    'build',
    '--all',
    '--only',
    'cheatsheet',
    '--only',
    'checklist',
    '--out',
    out,
    '--company',
    'Acme Robotics',
    '--date',
    '12 June 2025, 10:00',
    '--quiet',
  ])
}, 900_000)

it('builds the 16 packs, with nothing left out and nothing over budget', () => {
  expect(built.stderr).not.toMatch(/warning:/)
  expect(built.code).toBe(0)
})

describe.each(packs)('$folder', (pack) => {
  const selected = selectGuide(study.guide, study.tags, pack)
  const cheatsheet = path.join(out, pack.folder, 'cheatsheet.pdf')
  const checklist = path.join(out, pack.folder, 'checklist.pdf')

  it('checklist: exactly one page, with the blanks filled in and every item it kept', async () => {
    const facts = await readPdf(checklist)
    expect(facts.pages).toHaveLength(1)
    const text = squash(facts.pages[0]!)
    const meta: PackMeta = {
      role: {id: pack.role!, name: manifest.roles[pack.role!]!.name},
      domains: [],
      allDomains: true,
      date: '',
      source: '',
      paper: 'a4',
    }
    const view = checklistView(selected, manifestRules(manifest.checklist!), meta, {html: {baseDir: CONTENT}})
    const items = view.blocks.flatMap((block) => block.groups.flatMap((group) => group.items))
    expect(items.length).toBeGreaterThan(20)
    for (const item of items) expect(text).toContain(squash(item.text))
    for (const filled of ['Acme Robotics', '12 June 2025, 10:00', meta.role!.name])
      expect(text).toContain(squash(filled))
  })

  it('cheat sheet: at most 2 pages, no text under 7pt', async () => {
    expect((await readPdf(cheatsheet)).pages.length).toBeLessThanOrEqual(2)
    const smallest = await smallestText(cheatsheet)
    expect(smallest.size, `"${smallest.text}" on page ${smallest.page}`).toBeGreaterThanOrEqual(6.99)
  })

  it('cheat sheet: every topic-list term of the pack, followed by its glossary definition', async () => {
    const text = squash(await textOf(cheatsheet))
    const terms = topicTerms(allSections(selected))
    expect(terms.length).toBeGreaterThan(10)
    for (const term of terms) {
      const entry = glossary.lookup(term.item)
      expect(entry, term.name).toBeDefined()
      const definition = plainText(entry!.definition[0]!)
      expect(text, term.name).toContain(squash(`${term.name} ${definition}`))
    }
    expect(text).toContain(squash(manifest.roles[pack.role!]!.description!))
  })

  it('embeds every font, none of them Type 3', () => {
    for (const file of [cheatsheet, checklist]) {
      const fonts = pdfFonts(file)
      expect(fonts.length).toBeGreaterThan(0)
      for (const font of fonts) {
        expect(font.embedded, `${file}: ${font.name}`).toBe(true)
        expect(font.type, `${file}: ${font.name}`).not.toMatch(/Type 3/)
      }
    }
  })
})
