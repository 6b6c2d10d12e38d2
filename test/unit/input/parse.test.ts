import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../../../src/input/parse.js'
import {chunkStarts} from '../../../src/input/parse-chunks.js'

/** Plain data, so two trees compare by content and place. */
const strip = (tree: unknown) => JSON.parse(JSON.stringify(tree))

describe('parsing a big guide in chunks', () => {
  it('cuts only before headings outside fenced code', () => {
    const text = '# A\ntext\n```\n# not a heading\n```\n## B\nmore\n'
    const starts = chunkStarts(text, 1)
    expect(starts.map((start) => text.slice(start, start + 4))).toEqual(['# A\n', '## B'])
  })

  it('gives the same tree, positions included, as one parse', () => {
    const section = (n: number) =>
      `## Section ${n}\n\nSee [the docs][docs] and **bold ${n}**.\n\n- item ${n}\n  continued\n\n\`\`\`\n# fenced ${n}\n\`\`\`\n\n> quote ${n}\n\n`
    let text = '# Guide\n\n'
    for (let n = 0; text.length < 64 * 1024; n++) text += section(n)
    text += '[docs]: https://example.com/docs\n'
    const whole = strip(parseMarkdown(text, {chunkSize: Infinity}))
    const chunked = strip(parseMarkdown(text, {chunkSize: 4 * 1024}))
    expect(chunked).toEqual(whole)
    expect(JSON.stringify(chunked)).toContain('"url":"https://example.com/docs"')
  })
})

describe('<details> split at parse time', () => {
  const types = (nodes: Array<{type: string}>) => nodes.map((node) => node.type)

  it('cuts one html block into its tags and the markdown between and after them', () => {
    const root = parseMarkdown(
      'Intro.\n\n<details><summary>What is X?</summary>\nIt is **bold**.\n</details>\n- next item\n- and $y$\n',
    )
    expect(types(root.children)).toEqual(['paragraph', 'html', 'html', 'paragraph', 'html', 'list'])
    const [, open, summary, answer, close, list] = root.children
    expect([open, summary, close].map((node) => (node as {value: string}).value)).toEqual([
      '<details>',
      '<summary>What is X?</summary>',
      '</details>',
    ])
    expect(JSON.stringify(answer)).toContain('"type":"strong"')
    // Positions are where the text sits in the file: lines 3, 4, 5 and 6.
    expect(summary!.position?.start).toMatchObject({line: 3, column: 10})
    expect(answer!.position?.start.line).toBe(4)
    expect(close!.position?.start.line).toBe(5)
    expect(list!.position?.start).toMatchObject({line: 6, column: 1})
    expect(list!.position?.end.line).toBe(7)
    expect(JSON.stringify(list)).toContain('"type":"inlineMath"')
  })

  it('leaves inline html in a paragraph and html without <details> alone', () => {
    const root = parseMarkdown('A <details> word.\n\n<div>\nraw\n</div>\n')
    expect(types(root.children)).toEqual(['paragraph', 'html'])
  })
})

describe('$$ paired off as GitBook pairs it', () => {
  const outline = (text: string) =>
    parseMarkdown(text).children.map((node) => `${node.type}@${node.position?.start.line}`)

  it('keeps display math that opens and closes alone on its lines', () => {
    const root = parseMarkdown('Text:\n\n$$\na = b\n$$\n\n## Next\n')
    expect(outline('Text:\n\n$$\na = b\n$$\n\n## Next\n')).toEqual(['paragraph@1', 'math@3', 'heading@7'])
    expect((root.children[1] as {value: string}).value).toBe('a = b')
  })

  it('closes a formula opened at the end of a line at the next $$, so the headings after it stay headings', () => {
    const text = 'The rule is,$$\nx = y + 1\n$$\n\nThen:\n\n$$\nz = 2\n$$\n\n## A heading\n\nMore.\n'
    expect(outline(text)).toEqual(['paragraph@1', 'paragraph@5', 'math@7', 'heading@11', 'paragraph@13'])
    const inline = parseMarkdown(text).children[0] as {children: Array<{type: string; value?: string}>}
    expect(inline.children.map((node) => node.type)).toEqual(['text', 'inlineMath'])
  })

  it('reads "$$ $$" and "$$$$" as one formula closing and the next opening, not as an open block', () => {
    const text = '$$\np = 1\n$$ $$\nq = 2\n$$\n\n## After\n\n$$\nr\n$$$$\ns\n$$\n\n## Last\n'
    expect(outline(text)).toEqual(['paragraph@1', 'heading@7', 'paragraph@9', 'heading@15'])
    const first = parseMarkdown(text).children[0] as {children: Array<{type: string}>}
    expect(first.children.filter((node) => node.type === 'inlineMath')).toHaveLength(2)
  })

  it('leaves a lone $$ as text rather than opening math to the end of the file', () => {
    expect(outline('Cost: $$\n\n## Next\n\ntext\n')).toEqual(['paragraph@1', 'heading@3', 'paragraph@5'])
    expect(outline('$$\n\n## Next\n')).toEqual(['paragraph@1', 'heading@3'])
  })

  it('keeps display math that opens a list item or sits in a quote', () => {
    const item = parseMarkdown('- $$\n  a = b\n  $$\n').children[0] as {
      children: Array<{children: Array<{type: string}>}>
    }
    expect(item.children[0]!.children.map((node) => node.type)).toEqual(['math'])
    expect(outline('> $$\n> c\n> $$\n\n## Next\n')).toEqual(['blockquote@1', 'heading@5'])
  })

  it('never pairs a $$ across a heading', () => {
    expect(outline('$$\nx\n\n## Next\n\n$$\ny\n$$\n')).toEqual(['paragraph@1', 'heading@4', 'math@6'])
  })

  it('ignores $$ inside code', () => {
    expect(outline('```\n$$\n```\n\n$$\nk\n$$\n')).toEqual(['code@1', 'math@5'])
    expect(outline('Use `$$` here.\n\n$$\nk\n$$\n')).toEqual(['paragraph@1', 'math@3'])
  })
})
