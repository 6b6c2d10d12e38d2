/**
 * Print fidelity on a guide written to break print (test/fixtures/stress/):
 * a wide table of long words, a 225-character URL, a 128-column code block,
 * 200 tips, a task list, emoji, <details> answers and display math. The real
 * CLI prints in real Chromium; the tests read the PDFs back.
 */
import {mkdtempSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'
import {FIXTURES} from '../helpers/guide.js'
import {pdfFonts, readPdf, type PdfFacts} from '../helpers/pdf.js'
import {textRuns} from '../helpers/pdf-fonts.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-print-'))
const GUIDE = path.join(FIXTURES, 'stress', 'guide.md')
const source = readFileSync(GUIDE, 'utf8')
const PAPERS = ['a4', 'letter'] as const

/** Text as a reader sees it, whatever the line breaks: no spaces, no hyphens a line break added. */
const squeeze = (text: string) => text.replace(/[\s\u00ad\u200b-]+/g, '')

const pdfOf = (paper: string, name: string) => path.join(out, paper, 'all', name)

describe.each(PAPERS)('the stress guide on %s', (paper) => {
  let guide: PdfFacts
  let stderr = ''

  beforeAll(async () => {
    const built = await studypack(['build', '-c', GUIDE, '--paper', paper, '--out', path.join(out, paper)])
    stderr = built.stderr
    expect(built.code, built.stderr).toBe(0)
    guide = await readPdf(pdfOf(paper, 'guide.pdf'))
  }, 240_000)

  it('guide: every page at full size (body text 10.5pt), never scaled as a whole', async () => {
    const runs = await textRuns(pdfOf(paper, 'guide.pdf'))
    const pages = new Set(runs.map((run) => run.page))
    for (const page of [...pages].filter((each) => each > 1)) {
      const sizes = runs.filter((run) => run.page === page).map((run) => run.size)
      // A page Chrome shrank has no text at the body size at all (10.5 → 7pt).
      expect(
        sizes.some((size) => Math.abs(size - 10.5) < 0.05 || Math.abs(size - 17) < 0.05),
        `page ${page}: ${[...new Set(sizes.map((size) => size.toFixed(2)))].join(', ')}`,
      ).toBe(true)
    }
    expect(Math.max(...runs.map((run) => run.size))).toBeGreaterThan(25.9)
    expect(stderr).not.toMatch(/block-scaled/)
  })

  it('guide: no text missing (URL, every table cell, every code line, every tip, <details>)', () => {
    const text = squeeze(guide.pages.join(''))
    const url = /<(https:[^>]+)>/.exec(source)![1]!
    expect(text).toContain(squeeze(url))
    const cells = source
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
      .flatMap((line) => line.split('|').map((cell) => cell.trim()))
      .filter(Boolean)
    for (const cell of cells) expect(text).toContain(squeeze(cell))
    const code = /```python\n([\s\S]*?)```/
      .exec(source)![1]!
      .split('\n')
      .filter((line) => line.trim())
    for (const line of code) expect(text).toContain(squeeze(line))
    for (let tip = 1; tip <= 200; tip++) expect(text).toContain(`(tip${tip})`)
    expect(text).toContain(squeeze('A paired test on the same folds is fairer than two independent runs.'))
  })

  it('guide: <details> printed open under its summary, display math on its own line', () => {
    const page = guide.pages.find((each) => each.includes('Fix the split and the seeds'))!
    expect(page).toMatch(/SOLUTION/i)
    // KaTeX in display mode sets the formula as a block: its text is not inside the sentence before it.
    expect(guide.pages.join('\n')).not.toMatch(/\\operatorname|\\frac/)
  })

  it('every document embeds only its own fonts, none of them Type 3', () => {
    for (const name of ['guide.pdf', 'cards.pdf', 'checklist.pdf', 'cheatsheet.pdf']) {
      const fonts = pdfFonts(pdfOf(paper, name))
      for (const font of fonts) {
        expect(font.embedded, `${name}: ${font.name}`).toBe(true)
        expect(font.type, `${name}: ${font.name}`).not.toMatch(/Type 3/)
        expect(font.name, name).toMatch(/Inter|SourceSerif4|JetBrainsMono|NotoEmoji|NotoSans|CascadiaCode|KaTeX/)
      }
    }
    expect(stderr).not.toMatch(/missing-glyphs/)
  })

  it('checklist: one page, not blank, the long list cut with "+ k more in the guide"', async () => {
    const checklist = await readPdf(pdfOf(paper, 'checklist.pdf'))
    expect(checklist.pages).toHaveLength(1)
    const text = checklist.pages[0]!
    expect(text).toContain('Charge the laptop and the headphones')
    expect(text).toContain('(tip 1)')
    expect(text).toMatch(/\+ \d+ more in the guide/)
    const kept = Number(/\+ (\d+) more/.exec(text)![1])
    expect(text).toContain(`(tip ${200 - kept})`)
    expect(text).toContain('What does a normal week look like for the team?')
  })

  it('cards: TeX on the fronts is typeset, and code never under 7pt', async () => {
    const cards = await readPdf(pdfOf(paper, 'cards.pdf'))
    expect(cards.pages.join('\n')).not.toMatch(/\\frac|\\tfrac/)
    const runs = await textRuns(pdfOf(paper, 'cards.pdf'))
    const code = runs.filter((run) => /train_one_epoch|gradient_accumulation_steps/.test(run.text))
    expect(code.length).toBeGreaterThan(0)
    for (const run of code) expect(run.size).toBeGreaterThanOrEqual(6.99)
  })

  it('PDF names stay within 127 bytes, however long a heading', () => {
    for (const name of ['guide.pdf']) {
      const dests = readFileSync(pdfOf(paper, name), 'latin1').match(/\/[A-Za-z0-9#._-]{128,}/g) ?? []
      expect(dests).toEqual([])
    }
  })
})

describe.each(PAPERS)('the bundled ML Engineer pack on %s', (paper) => {
  it.each(['landscape', 'portrait'])(
    'cheat sheet within its 2-page budget, %s',
    async (orientation) => {
      const folder = path.join(out, `bundled-${paper}-${orientation}`)
      const built = await studypack([
        'build',
        '-r',
        'mle',
        '--only',
        'cheatsheet',
        '--paper',
        paper,
        '--orientation',
        orientation,
        '--out',
        folder,
      ])
      expect(built.code, built.stderr).toBe(0)
      expect(built.stderr).not.toMatch(/cheatsheet-over-budget/)
      const sheet = await readPdf(path.join(folder, 'ml-engineer', 'cheatsheet.pdf'))
      expect(sheet.pages.length).toBeLessThanOrEqual(2)
    },
    120_000,
  )
})

/** Continuation cards of the bundled ML Engineer deck, from the build's own report of them. */
describe.each(PAPERS)('the bundled ML Engineer cards on %s', (paper) => {
  // 3 of 50 cards on A4 and on Letter are continuations (were 8 of 55 and 9 of 56, and 19 of 66 before that).
  it('continuation cards are at most 10 % of the deck', async () => {
    const folder = path.join(out, `cards-${paper}`)
    const built = await studypack(['build', '-r', 'mle', '--only', 'cards', '--paper', paper, '--out', folder])
    expect(built.code, built.stderr).toBe(0)
    const more = [...built.stderr.matchAll(/continues on (\d+) more card/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    )
    const questions = Number(
      /ML Engineer\s+(\d+)\/(\d+)/.exec(
        (await readPdf(path.join(folder, 'ml-engineer', 'cards.pdf'))).pages.join('\n'),
      )?.[2],
    )
    expect(more / (questions + more)).toBeLessThanOrEqual(0.1)
  }, 120_000)
})
