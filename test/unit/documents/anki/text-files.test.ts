/**
 * cards.anki.txt and cards.csv read back the way their readers read them:
 * the text import with csv-parse set up as Anki's reader (tab, `"` quoting,
 * `#` lines at the top are its settings), the CSV as RFC 4180; and the plain
 * text of rich answers, block by block.
 */
import {parse} from 'csv-parse/sync'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Deck} from '../../../../src/documents/cards/deck.js'
import {htmlToPlainText} from '../../../../src/documents/anki/plain-text.js'
import {csvText} from '../../../../src/documents/anki/text-files.js'
import {PROJECT_ROOT} from '../../../../src/core/paths.js'
import {filesOf} from './deck-helpers.js'

const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'anki', 'guide.md')

/** Anki's text import: leading `#key:value` lines are settings; the rest is tab-separated, `"` quoted, no comments after. */
function readAnkiText(text: string): {settings: Map<string, string>; records: string[][]} {
  const lines = text.split('\n')
  const head = lines.findIndex((line) => !line.startsWith('#'))
  const settings = new Map(
    lines.slice(0, head).map((line) => [line.slice(1, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
  )
  const records = parse(lines.slice(head).join('\n'), {
    delimiter: settings.get('separator') === 'Tab' ? '\t' : ',',
    quote: '"',
    comment: '#',
    comment_no_infix: true,
    relax_column_count: false,
  }) as string[][]
  return {settings, records}
}

describe('the text import and the CSV of the fixture guide', () => {
  let deck: Deck
  let anki: ReturnType<typeof readAnkiText>
  let csv: string[][]
  let csvText_: string

  beforeAll(async () => {
    const built = await filesOf(FIXTURE)
    deck = built.deck
    anki = readAnkiText(built.files.text)
    csvText_ = built.files.csv
    csv = parse(built.files.csv, {comment: '#', comment_no_infix: true}) as string[][]
  })

  it('names in its header the note type, the columns, and the GUID, deck and tags columns, and updates a note that matches', () => {
    const {settings} = anki
    expect(settings.get('separator')).toBe('Tab')
    expect(settings.get('html')).toBe('true')
    expect(settings.get('notetype')).toBe('studypack Q&A')
    const columns = settings.get('columns')!.split('\t')
    expect(columns).toEqual(['GUID', 'Deck', 'Front', 'Back', 'Section', 'Kind', 'Source', 'Tags'])
    expect(columns[Number(settings.get('guid column')) - 1]).toBe('GUID')
    expect(columns[Number(settings.get('deck column')) - 1]).toBe('Deck')
    expect(columns[Number(settings.get('tags column')) - 1]).toBe('Tags')
    expect(settings.get('if matches')).toBe('update current')
  })

  it('has one record per card: GUID, deck, the five fields, tags', () => {
    const {records} = anki
    expect(records).toHaveLength(deck.cards.length)
    expect(records.every((record) => record.length === 8)).toBe(true)
    expect(new Set(records.map((record) => record[0])).size).toBe(records.length)
    expect(records.every((record) => /^[A-Za-z0-9]{10}$/.test(record[0]!))).toBe(true)
    expect(records.map((record) => record[1])).toEqual(deck.cards.map(() => 'Practice Guide::All roles'))
    expect(records.map((record) => record[7])).toEqual(deck.cards.map((card) => card.tags.join(' ')))
    expect(records.every((record) => !/[\r\n]/.test(record.join('')))).toBe(true)
    const code = records.find((record) => record[2]!.startsWith('How would you write'))!
    expect(code[3]).toContain('<br><span class="line" style="--indent:4ch">lo, hi = ')
    expect(records.every((record) => record[3] !== '')).toBe(true)
  })

  it('writes the CSV as plain text that reads well', () => {
    expect(csv[0]).toEqual(['question', 'answer', 'tags', 'section', 'kind'])
    expect(csv).toHaveLength(deck.cards.length + 1)
    const answer = (start: string) => csv.find((record) => record[0]!.startsWith(start))![1]!
    expect(answer('What does a confusion matrix show?')).toBe(
      'It counts the predictions of a classifier against the truth.\n\n | predicted yes | predicted no\nactual yes | TP | FN\nactual no | FP | TN\n\n[image: A two by two grid of counts]',
    )
    expect(answer('How would you write binary search?')).toContain(
      'step:\n\n    def search(items, target):\n        lo, hi = 0, len(items) - 1\n        # stop when the bounds cross\n',
    )
    expect(answer('How would you write binary search?')).toMatch(
      /return -1\n\n- Works on sorted lists only\n- Takes \\\(O\(\\log n\)\\\) steps$/,
    )
    expect(answer('How do you check that a linked list')).toBe(
      'Walk two pointers, one twice as fast; they meet only if there is a cycle.',
    )
    expect(csv.map((record) => record[0])).toContain(
      'How is the sigmoid \\(\\sigma(x)\\) defined, and why is \\(x < 0\\) below one half?',
    )
    expect(answer('How is the sigmoid')).toBe(
      'The logistic function:\n\n\\[\\sigma(x) = \\frac{1}{1 + e^{-x}}\\]\n\nFor \\(x < 0\\) the denominator is above 2.',
    )
    expect(answer('What are the biggest')).toMatch(/^Why ask it: .+\n\nListen for:\n\n- .+\n- .+\n- .+\n\nYour notes:$/)
    expect(csv.every((record) => record.every((field) => !/<\/?[a-z]+[\s>]/.test(field)))).toBe(true)
    expect(csvText_.split('\r\n').at(-1)).toBe('')
  })

  it('quotes a field that starts with #, so that no record is read as a comment', () => {
    const card = {tags: ['kind::technical'], section: {slug: 's', title: 'S'}, category: 'Technical'} as never
    const text = csvText([{card, question: '#1 rule of caching?', answer: '# heading-like line\nmore'}])
    expect(text.split('\r\n')[1]!.startsWith('"#1 rule')).toBe(true)
    expect(parse(text, {comment: '#', comment_no_infix: true})).toEqual([
      ['question', 'answer', 'tags', 'section', 'kind'],
      ['#1 rule of caching?', '# heading-like line\nmore', 'kind::technical', 'S', 'Technical'],
    ])
  })
})

describe('plain text of a card field', () => {
  it('separates paragraphs by a blank line and puts list items on their own lines', () => {
    expect(
      htmlToPlainText(
        '<p>One <strong>bold</strong>\nline.</p><p>Two.</p><ul><li>a</li><li><p>b</p></li></ul><ol start="3"><li>c</li></ol>',
      ),
    ).toBe('One bold line.\n\nTwo.\n\n- a\n- b\n\n3. c')
  })

  it('indents nested lists under their item, and keeps code lines as they are', () => {
    expect(
      htmlToPlainText('<ul><li>top<ul><li>inner</li></ul></li></ul><pre><code>x = 1\n  y = 2\n</code></pre>'),
    ).toBe('- top\n  - inner\n\n    x = 1\n      y = 2')
  })

  it('writes tables as a | b rows, images as [image: alt], and <details> as their text', () => {
    expect(htmlToPlainText('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>')).toBe(
      'a | b\n1 | 2',
    )
    expect(htmlToPlainText('<p>See <img src="x.png" alt="a chart"> here</p>')).toBe('See [image: a chart] here')
    expect(htmlToPlainText('<details><summary>Solution</summary><p>Use a heap.</p></details>')).toBe(
      'Solution\n\nUse a heap.',
    )
  })
})
