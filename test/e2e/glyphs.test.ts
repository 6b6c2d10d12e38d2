/**
 * Glyphs, read back from the printed PDFs of a guide full of symbols, emoji,
 * directory trees and very long headings: every character is drawn in a
 * font studypack bundles (poppler's pdffonts lists only those, embedded, none
 * Type 3, no system font), a tree in code lines up in its monospace columns,
 * and every PDF name stays within poppler's 127 bytes.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'
import {fontsOf, textRuns, type TextRun} from '../helpers/pdf-fonts.js'
import {pdfFonts} from '../helpers/pdf.js'
import {textPositions} from '../helpers/pdf-positions.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-glyphs-'))
const GUIDE = path.join(out, 'guide.md')
writeFileSync(
  GUIDE,
  `# Glyph Drill 🧭

A small guide of symbols → arrows, relations ≤ ≥ ≠, ticks ✓, stars ★ and bullets •, with emoji 🚀 in the text.

## Project Layout 🗂️

### Key Topics
- **Tree**: a folder drawn with box drawing, as the tree command prints it ✓
- **Bound**: the loss stays ≤ 1 and the score ≥ 0, and a ≠ b ★ → done

\`\`\`text
studypack/
├── alpha
│   └── delta
╰── gamma
+-- bravo
|   +-- omega
┌──┬──┐ ▁▂▃█ ┄┄
\`\`\`

### Key Questions
- How would you lay out a small Python package?

  Keep the code under one folder → tests beside it:

  \`\`\`text
  pkg/
  ├── core.py
  └── tests/
      └── test_core.py
  \`\`\`

  A score ≥ 0.9 is good ✓ and ★ marks the best.

## 🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠 Thinking About Models, Metrics, Mistakes and Many Other Matters That Deserve a Heading of Their Own

Words under a long heading.

### 📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊

Words under a heading of emoji alone.

### Αξιολόγηση μοντέλων ταξινόμησης και μετρικών ακρίβειας

Words under a Greek heading.

### Оценка моделей машинного обучения и метрик качества

Words under a Russian heading.

## Checklist before the interview ✅

- [ ] Charge the laptop 🔋 → bring the charger
- [ ] Print the pack ✓ and the cards ★
- [ ] Arrive ≥ 10 minutes early • never ≤ 2
`,
)

const DOCUMENTS = ['guide.pdf', 'cheatsheet.pdf', 'cards.pdf', 'checklist.pdf', 'plan.pdf'] as const
/** Three weeks from today: the plan needs an interview ahead. */
const INTERVIEW = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10)
/** The faces studypack bundles, by PostScript name: anything else is a system font. */
const BUNDLED =
  /^(Inter|SourceSerif4|JetBrainsMono|CascadiaCode|NotoEmoji|NotoSansMath|NotoSansSymbols2|KaTeX_\w+)-\w+$/
const SYMBOLS = ['→', '≤', '≥', '≠', '✓', '★', '•']
const EMOJI = ['🧭', '🚀', '🗂', '✅', '🔋']
const BOX = ['├', '│', '└', '─', '╰', '┌', '┬', '┐', '▁', '█', '┄']

const pdfOf = (name: string) => path.join(out, 'all', name)

describe('a guide of symbols, emoji, trees and long headings', () => {
  const runs = new Map<string, TextRun[]>()
  let stderr = ''

  beforeAll(async () => {
    const built = await studypack(['build', GUIDE, '--interview-date', INTERVIEW, '--out', out])
    stderr = built.stderr
    expect(built.code, built.stderr).toBe(0)
    for (const name of DOCUMENTS) runs.set(name, await textRuns(pdfOf(name)))
  }, 180_000)

  it('says no character is missing from the bundled fonts', () => {
    expect(stderr).not.toMatch(/missing-glyphs/)
  })

  it.each(DOCUMENTS)('%s: pdffonts lists only bundled fonts, all embedded, none Type 3', (name) => {
    const fonts = pdfFonts(pdfOf(name))
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true)
      expect(font.type, font.name).not.toMatch(/Type 3/)
      expect(font.name).not.toMatch(/Liberation|DejaVu|FreeSans|Arial|Helvetica|Times/i)
      expect(font.name.replace(/^[A-Z]{6}\+/, '')).toMatch(BUNDLED)
    }
  })

  it.each(DOCUMENTS)('%s: every character is drawn in a bundled font', (name) => {
    for (const run of runs.get(name)!) expect(run.font, run.text).toMatch(BUNDLED)
  })

  it('draws the symbols and emoji in every document that has them, from the bundled faces', () => {
    const expected: Record<(typeof DOCUMENTS)[number], string[]> = {
      'guide.pdf': [...SYMBOLS, ...EMOJI],
      'cheatsheet.pdf': ['≤', '≥', '≠', '✓', '★', '→', '🗂'],
      'cards.pdf': ['→', '≥', '✓', '★'],
      'checklist.pdf': ['→', '≤', '≥', '✓', '★', '•', '🔋'],
      'plan.pdf': ['🧭', '🗂', '✅'],
    }
    for (const name of DOCUMENTS) {
      const found = fontsOf(runs.get(name)!, expected[name])
      for (const char of expected[name]) {
        expect(found.has(char), `${name}: ${char} is not in the text`).toBe(true)
        for (const font of found.get(char)!) expect(font, `${name}: ${char}`).toMatch(BUNDLED)
      }
      for (const char of EMOJI.filter((each) => found.has(each)))
        expect([...found.get(char)!], `${name}: ${char}`).toEqual(['NotoEmoji-Regular'])
    }
  })

  it('draws box drawing and block elements in the monospace box face, in code on pages and cards', () => {
    for (const [name, chars] of [
      ['guide.pdf', BOX],
      ['cards.pdf', ['├', '└', '─']],
    ] as const) {
      const found = fontsOf(runs.get(name)!, [...chars])
      for (const char of chars) {
        expect(found.has(char), `${name}: ${char} is not in the text`).toBe(true)
        expect([...found.get(char)!], `${name}: ${char}`).toEqual(['CascadiaCode-Regular'])
      }
    }
  })

  it('lines a tree up in the columns of the code around it', async () => {
    const items = (await textPositions(pdfOf('guide.pdf'))).flatMap((page) => page.items)
    const endOf = (word: string) => items.find((item) => item.text.trimEnd().endsWith(word))!.right
    // Column 9: "├── alpha" (box drawing, then code) and "+-- bravo" (code alone).
    expect(endOf('alpha')).toBeCloseTo(endOf('bravo'), 1)
    // Column 13: "│   └── delta" and "|   +-- omega".
    expect(endOf('delta')).toBeCloseTo(endOf('omega'), 1)
    expect(endOf('gamma')).toBeCloseTo(endOf('bravo'), 1)
    expect(endOf('delta') - endOf('alpha')).toBeGreaterThan(2)
  })

  it.each(DOCUMENTS)('%s: every name within 127 bytes, and poppler reads it without a warning', (name) => {
    const file = pdfOf(name)
    const dests = execFileSync('pdfinfo', ['-dests', file], {encoding: 'utf8'})
    const names = [...dests.matchAll(/"([^"]*)"\s*$/gm)].map((match) => match[1]!)
    if (name === 'guide.pdf') expect(names.length).toBeGreaterThanOrEqual(8)
    for (const each of names) expect(Buffer.byteLength(each), each).toBeLessThanOrEqual(127)
    for (const tool of ['pdfinfo', 'pdffonts', 'pdftotext']) {
      const args = tool === 'pdftotext' ? [file, '-'] : tool === 'pdfinfo' ? ['-dests', file] : [file]
      expect(spawnSync(tool, args, {encoding: 'utf8'}).stderr, `${tool} ${name}`).toBe('')
    }
  })
})
