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
