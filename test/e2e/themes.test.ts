/**
 * Themes, --css and --templates, as a user sees them in the PDFs: each theme
 * builds every document, the large-print guide is set at 12 pt or more, the
 * compact one saves pages, a user stylesheet wins over the theme, and a user
 * template replaces ours by name.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'
import {pdfFonts, readPdf} from '../helpers/pdf.js'
import {textPositions} from '../helpers/pdf-positions.js'

const DOCUMENTS = ['guide', 'cheatsheet', 'checklist', 'cards']
const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `studypack-${name}-`))
const themed: Record<string, string> = {}

/** The size most of the guide's body text is set in, on its first content page. */
async function bodySize(pdf: string): Promise<number> {
  const pages = await textPositions(pdf)
  const counts = new Map<number, number>()
  for (const item of pages[2]!.items) {
    const size = Math.round(item.size * 10) / 10
    counts.set(size, (counts.get(size) ?? 0) + item.text.length)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
}

describe('themes', () => {
  beforeAll(async () => {
    for (const theme of ['studypack', 'compact', 'large-print', 'ink-saver']) {
      const out = temp(`theme-${theme}`)
      const args = ['build', '-r', 'mle', '--theme', theme, '-o', out, '-q', ...DOCUMENTS.flatMap((d) => ['--only', d])]
      const result = await studypack(args)
      expect(result.code, result.stderr).toBe(0)
      themed[theme] = path.join(out, 'ml-engineer')
    }
  }, 600_000)

  it('each theme builds every document, fonts embedded', async () => {
    for (const [theme, folder] of Object.entries(themed)) {
      for (const document of DOCUMENTS) {
        const pdf = path.join(folder, `${document}.pdf`)
        expect((await readPdf(pdf)).pages.length, `${theme} ${document}`).toBeGreaterThan(0)
        expect(
          pdfFonts(pdf).every((font) => font.embedded && font.type !== 'Type 3'),
          `${theme} ${document}`,
        ).toBe(true)
      }
    }
  })

  it('large-print sets the guide at 12 pt or more, the default at 10.5, compact smaller and on fewer pages', async () => {
    const guide = (theme: string) => path.join(themed[theme]!, 'guide.pdf')
    expect(await bodySize(guide('studypack'))).toBe(10.5)
    expect(await bodySize(guide('large-print'))).toBeGreaterThanOrEqual(12)
    expect(await bodySize(guide('compact'))).toBeLessThan(10.5)
    const pages = async (theme: string) => (await readPdf(guide(theme))).pages.length
    expect(await pages('compact')).toBeLessThan(await pages('studypack'))
    expect(await pages('large-print')).toBeGreaterThan(await pages('studypack'))
  })

  it('an unknown theme is a usage error', async () => {
    const result = await studypack(['build', '-r', 'mle', '--theme', 'neon'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Invalid values')
  })
})

describe('--css and --templates', () => {
  it('a user stylesheet applies after the theme, and a user partial replaces ours', async () => {
    const mine = temp('look')
    writeFileSync(path.join(mine, 'big.css'), 'html body.guide main p, html body.guide main li { font-size: 15pt; }\n')
    const templates = path.join(mine, 'templates')
    const bundled = readFileSync(path.join('templates', 'base', 'partials', 'title-block.hbs'), 'utf8')
    await import('node:fs').then((fs) => fs.mkdirSync(templates))
    writeFileSync(
      path.join(templates, 'title-block.hbs'),
      `<p class="mine">Prepared by the Acme career office</p>\n${bundled}`,
    )
    const out = temp('look-out')
    const result = await studypack([
      'build',
      '-r',
      'mle',
      '--only',
      'guide',
      '--theme',
      'compact',
      '--css',
      path.join(mine, 'big.css'),
      '--templates',
      templates,
      '-o',
      out,
      '--html',
      '-q',
    ])
    expect(result.code, result.stderr).toBe(0)
    const pdf = path.join(out, 'ml-engineer', 'guide.pdf')
    expect(await bodySize(pdf)).toBe(15)
    expect((await readPdf(pdf)).pages.join('\n')).toContain('Prepared by the Acme career office')
    // The HTML copy carries the same look, inlined.
    expect(readFileSync(path.join(out, 'ml-engineer', 'guide.html'), 'utf8')).toContain('font-size: 15pt')
  })

  it('a missing stylesheet or templates folder is a usage error before any work', async () => {
    const css = await studypack(['build', '-r', 'mle', '--css', 'nope.css'])
    expect(css.code).toBe(2)
    expect(css.stderr).toMatch(/^studypack: --css names no CSS file/)
    const templates = await studypack(['build', '-r', 'mle', '--templates', 'nope'])
    expect(templates.code).toBe(2)
    expect(templates.stderr).toMatch(/^studypack: --templates names no folder/)
  })
})
