import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it, vi} from 'vitest'
import {parseMarkdown} from '../../../src/input/parse.js'
import type {formatMessage} from '../../../src/core/messages.js'
import {createHtmlCache, toHtml} from '../../../src/render/html.js'
import {createTemplates, cssString} from '../../../src/render/template.js'
import {guideView} from '../../../src/documents/guide/view.js'
import {FIXTURES, guideOf} from '../../helpers/guide.js'

const html = (markdown: string) => toHtml(parseMarkdown(markdown).children, {baseDir: FIXTURES})
const meta = {
  role: {id: 'ml-engineer', name: 'ML Engineer'},
  domains: [],
  allDomains: true,
  date: '1 May 2026',
  source: 'guide.md',
  paper: 'a4' as const,
}

describe('markdown → HTML', () => {
  it('drops scripts and event handlers, and escapes markup written as text', () => {
    const out = html(
      '<script>alert(1)</script>\n\nHi <img src=x onerror="alert(1)"> `<script>`\n\n<iframe src="https://evil.test"></iframe>',
    )
    expect(out).not.toMatch(/<script|onerror|<iframe/i)
    expect(out).toContain('&#x3C;script>')
  })

  it('keeps javascript: links from being links', () => {
    expect(html('[x](javascript:alert(1))')).not.toContain('javascript:')
  })

  it('turns remote images into their alt text and links to missing chapters into text', () => {
    const out = html(
      '![diagram](https://example.com/a.png) See [Staying Updated](./staying_updated.md) or [MDN](https://developer.mozilla.org).',
    )
    expect(out).toBe('<p>diagram See Staying Updated or <a href="https://developer.mozilla.org">MDN</a>.</p>')
  })

  it('keeps local images that exist, and gives the alt text of missing ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'studypack-img-'))
    writeFileSync(path.join(dir, 'here.png'), '')
    const out = toHtml(parseMarkdown('![kept](here.png) ![lost](gone.png)').children, {baseDir: dir})
    expect(out).toBe(`<p><img src="${pathToFileURL(path.join(dir, 'here.png')).href}" alt="kept"> lost</p>`)
  })

  it('renders GFM tables and task lists, and parses <details>', () => {
    const out = html(
      '| a |\n|---|\n| 1 |\n\n- [x] done\n\n<details><summary>Answer</summary>\n\n**bold** text\n\n</details>',
    )
    expect(out).toContain('<table>')
    expect(out).toContain('type="checkbox"')
    // Printed open, its summary a small heading (render/details-open.ts).
    expect(out).toMatch(
      /<details open>\s*<summary class="details-summary">Answer<\/summary>\s*<p><strong>bold<\/strong> text<\/p>/,
    )
  })

  it('renders markdown that follows a closed <details> in the same html block as markdown', () => {
    const out = html('<details><summary>S</summary>\n<details>x</details>\n</details>\n- What is Y?\n- <b')
    expect(out).toMatch(/<\/details>\n<ul>\n<li>What is Y\?<\/li>\n<li>&#x3C;b<\/li>\n<\/ul>$/)
  })

  it('marks bold pseudo-headings as labels', () => {
    expect(html('**Key Questions:**\n\n**Note**: text')).toBe(
      '<p class="label"><strong>Key Questions:</strong></p>\n<p><strong>Note</strong>: text</p>',
    )
  })
})

describe('guide template', () => {
  it('writes a title block, contents with anchors, and sections with ids', () => {
    const view = guideView(guideOf('# T\n\nIntro.\n\n## A <script>x</script>b\n\nText.\n\n### A1\n'), meta, {
      baseDir: FIXTURES,
    })
    const out = createTemplates().render('guide', view)
    expect(out).toContain('<h1>T</h1>')
    expect(out).toContain('<a href="#a-xb">')
    expect(out).toMatch(/<h2 id="a-xb">A\s*b<\/h2>/)
    expect(out).toMatch(/<h3 id="a1">A1<\/h3>/)
    expect(out).toContain('ML Engineer')
    expect(out).not.toContain('<script')
  })

  it('keeps guide text from breaking out of the running header', () => {
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c /style>"')
  })
})

describe('math', () => {
  it('typesets $…$ and $$…$$ with KaTeX, offline', () => {
    const out = html('F1 is $F_1 = 2PR/(P+R)$.\n\n$$\n\\sigma(x) = \\frac{1}{1+e^{-x}}\n$$\n')
    expect(out).toContain('<span class="katex">')
    expect(out).toContain('katex-display')
    expect(out).not.toMatch(/https?:/)
  })

  it('shows broken math as source instead of failing', () => {
    expect(() => html('$\\frac{1}{$')).not.toThrow()
  })
})

describe('KaTeX warnings', () => {
  it('become one warning line each, through the sink, not raw console output', () => {
    const lines: string[] = []
    const cache = {
      ...createHtmlCache(),
      warn: (message: Parameters<typeof formatMessage>[0]) => lines.push(message.reason),
    }
    const raw = vi.spyOn(console, 'warn')
    toHtml(parseMarkdown('Text $\\text{ü✓}$ and again $\\text{ü✓}$.').children, {baseDir: FIXTURES, cache})
    expect(raw).not.toHaveBeenCalled()
    raw.mockRestore()
    expect(lines.length).toBeGreaterThan(0)
    expect(
      lines.every((line) => /^math: No character metrics for '.' in style/.test(line) && !line.includes('\n')),
    ).toBe(true)
    expect(new Set(lines).size).toBe(lines.length)
  })
})

describe('what a run renders once', () => {
  it('typesets each formula once, and every use gets the same markup as a fresh render', () => {
    const cache = createHtmlCache()
    const first = parseMarkdown('Loss is $\\frac{1}{n}\\sum_i x_i$ here.').children
    const again = parseMarkdown('Also [see $\\frac{1}{n}\\sum_i x_i$](#loss).').children
    const once = toHtml(first, {baseDir: FIXTURES, cache})
    const twice = toHtml(again, {baseDir: FIXTURES, cache})
    expect(cache.math.size).toBe(1)
    expect(once).toBe(toHtml(first, {baseDir: FIXTURES}))
    expect(twice).toBe(toHtml(again, {baseDir: FIXTURES}))
    expect(twice).toContain('class="katex"')
  })

  it('finds nodes made afresh by what they say, and parses raw HTML only where there is some', () => {
    const cache = createHtmlCache()
    const text = () => [{type: 'text' as const, value: 'a < b & c'}]
    expect(toHtml(text(), {baseDir: FIXTURES, cache})).toBe('a &#x3C; b &#x26; c')
    const before = cache.rendered.size
    toHtml(text(), {baseDir: FIXTURES, cache})
    // The second, new node only adds its own key to what was rendered.
    expect(cache.rendered.size).toBe(before + 1)
    expect(toHtml([], {baseDir: FIXTURES, cache})).toBe('')
    const details = html('<details><summary>Why?</summary>\n\nBecause.\n\n</details>')
    expect(details).toMatch(/<summary[^>]*>Why\?<\/summary>/)
  })
})
