/**
 * The deck for flashcard apps: Anki's text import and CSV, escaped as their
 * readers expect. `readAnki` and `readCsv` parse the way Anki and RFC 4180
 * do, so the tests read back what an importer would get.
 */
import {createTemplates} from '../../../../src/render/template.js'
import type {RootContent} from 'mdast'
import {beforeAll, describe, expect, it} from 'vitest'
import {deckOf, type Deck} from '../../../../src/documents/cards/deck.js'
import {ankiField, csvField, singleLineHtml} from '../../../../src/documents/anki/escape.js'
import {ankiText, csvText, plainAnswer, texMath} from '../../../../src/documents/anki/export.js'
import {parseMarkdown} from '../../../../src/input/parse.js'
import {selectGuide} from '../../../../src/select/sections.js'
import {metaFor} from '../../../helpers/cards-meta.js'
import {bundledStudy, CONTENT} from '../../../helpers/guide.js'

/** Fields of one record: quoted fields may hold anything, a doubled quote is one quote. */
function readRecords(text: string, separator: string): string[][] {
  const records: string[][] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === separator) fields.push(field), (field = '')
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      fields.push(field), records.push(fields), (fields = []), (field = '')
    } else field += char
  }
  if (field !== '' || fields.length) fields.push(field), records.push(fields)
  return records
}

const html = {baseDir: CONTENT}

describe('escaping', () => {
  it('makes one line of HTML, keeping the line breaks of code as <br>', () => {
    expect(singleLineHtml('<p>a\n\tb</p>\n<pre><code>x = 1\n\ty = 2\n</code></pre>')).toBe(
      '<p>a b</p> <pre><code>x = 1<br>    y = 2<br></code></pre>',
    )
    expect(singleLineHtml('a\u00a0b')).toBe('a\u00a0b')
  })

  it('quotes every Anki field and doubles the quotes inside', () => {
    expect(ankiField('<a href="x">say "hi"</a>')).toBe('"<a href=""x"">say ""hi""</a>"')
    expect(readRecords(`${ankiField('a\tb "c"')}\t${ankiField('<p>x\ny</p>')}\n`, '\t')).toEqual([
      ['a b "c"', '<p>x y</p>'],
    ])
  })

  it('quotes a CSV field only when RFC 4180 needs it', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(readRecords(`${csvField('a, "b"')},${csvField('c\r\nd')}\r\n`, ',')).toEqual([['a, "b"', 'c\r\nd']])
  })

  it('writes math as TeX that Anki typesets, and as its source in plain text', () => {
    const blocks = parseMarkdown('Loss $L = x^2$ and\n\n$$\na < b\n$$\n\n- one\n- two').children as RootContent[]
    const converted = texMath(blocks)
    expect(JSON.stringify(converted)).toContain('\\\\(L = x^2\\\\)')
    expect(JSON.stringify(converted)).toContain('\\\\[a < b\\\\]')
    expect(plainAnswer(blocks)).toBe('Loss \\(L = x^2\\) and\n\\[a < b\\]\n- one\n- two')
  })
})

describe('the Anki deck and CSV of the user guide', () => {
  let deck: Deck
  let anki: string
  let csv: string
  beforeAll(async () => {
    const study = await bundledStudy()
    deck = deckOf(
      selectGuide(study.guide, study.tags, {role: 'ml-engineer', domains: null}),
      study.tags.effective,
      metaFor(study, 'ml-engineer'),
    )
    anki = ankiText(deck, html, createTemplates())
    csv = csvText(deck)
  })

  it('starts with the header lines that make Anki import it with no setting changed', () => {
    expect(anki.split('\n').slice(0, 5)).toEqual([
      '#separator:Tab',
      '#html:true',
      '#notetype:Basic',
      '#deck:Interview Preparation for AI/ML Roles::ML Engineer',
      '#tags column:3',
    ])
  })

  it('has one note a line, three quoted fields, no raw tab or newline inside one', () => {
    const lines = anki.trimEnd().split('\n').slice(5)
    expect(lines).toHaveLength(deck.cards.length)
    for (const line of lines) {
      const fields = line.split('\t')
      expect(fields).toHaveLength(3)
      for (const field of fields) {
        expect(field).toMatch(/^"(?:[^"]|"")*"$/)
        expect(field).not.toMatch(/[\r\n]/)
      }
    }
    const records = readRecords(lines.join('\n'), '\t')
    expect(records.map((record) => record[0])).toEqual(
      deck.cards.map((card) => card.question.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
    )
    expect(
      records.every((record) => /^role::ml-engineer( domain::[\w-]+)? section::[\w-]+ kind::\w+$/.test(record[2]!)),
    ).toBe(true)
  })

  it('carries sanitized HTML: answers as markup, behavioral questions a STAR prompt', () => {
    const records = readRecords(anki.split('\n').slice(5).join('\n'), '\t')
    const answered = deck.cards.findIndex((card) => card.question.answer)
    if (answered >= 0) expect(records[answered]![1]).toMatch(/<(p|ul|ol|pre)>/)
    const star = deck.cards.findIndex((card) => card.question.kind === 'behavioral' && !card.question.answer)
    if (star >= 0) expect(records[star]![1]).toContain('<b>Situation</b>')
    expect(anki).not.toMatch(/<script|javascript:|class="katex/)
  })

  it('writes a CSV with a header row, one record per card, plain text', () => {
    const records = readRecords(csv, ',')
    expect(records[0]).toEqual(['question', 'answer', 'tags'])
    expect(records).toHaveLength(deck.cards.length + 1)
    expect(records.slice(1).every((record) => record.length === 3)).toBe(true)
    expect(csv).not.toMatch(/<\/?(p|strong|ul|li)>/)
    expect(csv.split('\r\n').at(-1)).toBe('')
  })
})
