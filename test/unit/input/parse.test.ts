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
