/**
 * Scale and odd shapes: big guides, deep nesting, long and non-Latin text go
 * through every stage up to the HTML without a throw, and fast-check finds no
 * markdown that breaks the pipeline or loses a question on the way.
 */
import {createHtmlCache} from '../../src/render/html.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {runs} from '../helpers/fast-check.js'
import {allSections, selectGuide} from '../../src/select/sections.js'
import {createTemplates} from '../../src/render/template.js'
import {guideView} from '../../src/documents/guide/view.js'
import {FIXTURES, studyOfText} from '../helpers/guide.js'

const meta = {role: null, domains: [], allDomains: true, date: 'today', source: 'guide.md', paper: 'a4' as const}

function pipeline(markdown: string) {
  const study = studyOfText(markdown)
  const selected = selectGuide(study.guide, study.tags, {role: null, domains: null})
  const html = createTemplates().render(
    'guide',
    guideView(selected, meta, {baseDir: FIXTURES, cache: createHtmlCache()}),
  )
  return {study, html, questions: allSections(selected).flatMap((section) => section.questions)}
}

/** Text as the HTML shows it: entities decoded, tags gone, no white space (math typesetting drops it). */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([\da-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&(amp|lt|gt|quot);/g, (_m, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"'})[name]!)
    .replace(/\s+/g, '')

describe('scale', () => {
  it('a 10 MB guide goes through parse, model, select, view and template', {timeout: 600_000}, () => {
    const section = (n: number) =>
      `## Topic ${n}\n\n**Key Questions:**\n- How does method ${n} work?\n- Why use ${n}?\n\n**Important Algorithms:**\n- Algorithm ${n}\n\n${'Some prose about it. '.repeat(20)}\n\n`
    let markdown = '# Big guide\n\n'
    for (let n = 0; markdown.length < 10 * 1024 * 1024; n++) markdown += section(n)
    const {questions, html} = pipeline(markdown)
    expect(questions.length).toBeGreaterThan(10_000)
    expect(html.length).toBeGreaterThan(10 * 1024 * 1024)
  })

  it('10,000 questions, lists nested 50 deep and a 5,000-character question', () => {
    const long = `Explain ${'why this matters and '.repeat(250)}in detail?`
    const nested = Array.from({length: 50}, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')
    const many = Array.from({length: 10_000}, (_, n) => `- What is item ${n}?`).join('\n')
    const {questions, html} = pipeline(
      `# G\n## Key Questions\n- ${long}\n\n## Nested\n${nested}\n\n## Questions\n${many}\n`,
    )
    expect(questions.map((question) => question.text)).toContain(long)
    expect(questions.length).toBe(10_001)
    expect(html).toContain('level 49')
  })

  it('emoji, CJK and right-to-left text pass through', () => {
    const {html, questions} = pipeline(
      '# 🚀 面试准备\n## 🧠 Key Questions\n- 什么是过拟合?\n- מהו למידת מכונה?\n- Why 🤖?\n',
    )
    // Emoji are decoration: the question text goes without them.
    expect(questions.map((question) => question.text)).toEqual(['什么是过拟合?', 'מהו למידת מכונה?', 'Why?'])
    expect(html).toContain('什么是过拟合?')
    expect(html).toContain('מהו למידת מכונה?')
  })
})

describe('property: any markdown', () => {
  const line = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '# T',
      '## Key Questions',
      '### Q1: Why?',
      '**Key Questions:**',
      '- ',
      '1. ',
      '> ',
      '```',
      '| a | b |',
      '|---|---|',
      '<details>',
      '</details>',
      '---',
      '$$',
      '$x$',
      '[x]: http://a',
      '![i](a.png)',
    ),
    fc
      .tuple(fc.constantFrom('- ', '1. ', '  - ', '- [ ] ', '#### '), fc.string())
      .map(([prefix, text]) => prefix + text),
  )
  const markdown = fc.array(line, {maxLength: 40}).map((lines) => lines.join('\n'))

  it('never makes a stage throw, and every question reaches the HTML', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const {html, questions} = pipeline(text)
        // Letters and digits only: KaTeX sets `|` as `∣` and `-` as `−`, but keeps the words.
        const words = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '')
        const shown = words(visible(html))
        for (const question of questions) expect(shown).toContain(words(question.text).slice(0, 40))
      }),
      {numRuns: runs(300)},
    )
  })
})

describe('glyphs the bundled fonts lack', () => {
  it('names CJK and Hebrew characters, and nothing for Latin, Greek, Cyrillic, symbols or emoji', async () => {
    const {glyphWarning} = await import('../../src/render/glyphs.js')
    expect(glyphWarning([{name: 'g.md', text: 'Résumé — naïve Ωμέγα Привет “quotes” × 3'}])).toBeNull()
    const warning = glyphWarning([{name: 'g.md', text: '面试 שלום 🤖 面'}])?.reason
    // Emoji print from the bundled Noto Emoji now: only the CJK and Hebrew letters are missing.
    expect(warning).toMatch(/^6 characters of the guide are not in studypack's fonts \(面 试 ש ל ו ם\)/)
    expect(warning).toContain('fonts-noto-cjk')
    // ≤ → ✓ ★ and box drawing are bundled now (Noto Sans Math, Cascadia Code): no warning for them.
    expect(glyphWarning([{name: 'g.md', text: 'a ≤ b → c ✓ ★ ├─'}])).toBeNull()
    expect(glyphWarning([{name: 'g.md', text: 'a 面 b'}])?.reason).toMatch(/^1 character of the guide is not/)
  })
})
