import {describe, expect, it} from 'vitest'
import {PARALLEL_MIN, parseAll, shares} from '../../../src/input/parallel.js'
import {parseMarkdown} from '../../../src/input/parse.js'

/** A guide of our own words, repeated past the size that is parsed on several threads. */
function bigGuide(): string {
  const part = (n: number) =>
    [
      `## Topic ${n}`,
      '',
      `1. What does [the glossary][terms] say about item ${n}?`,
      '   An answer that continues the item, with $x^2$ in it.',
      '',
      '<details><summary>Why?</summary>',
      '',
      `Because of **reason ${n}**.`,
      '',
      '</details>',
      '',
      '```python',
      `def f${n}():`,
      '    return 1',
      '```',
      '',
    ].join('\n')
  let text = '# Big guide\n\n[terms]: https://example.org/terms\n\n'
  for (let n = 1; text.length < PARALLEL_MIN * 1.2; n++) text += part(n)
  return text
}

describe('a big guide parsed on every core', () => {
  it('shares the pieces out in runs of about equal length, in order', () => {
    const pieces = ['aaaa', 'bb', 'cc', 'dddd', 'e', 'fff']
    const runs = shares(pieces, 2)
    expect(runs.flat()).toEqual(pieces)
    expect(runs).toHaveLength(2)
    expect(runs.map((run) => run.join('').length)).toEqual([8, 8])
    expect(shares(['only'], 3)).toEqual([['only']])
  })

  it('gives the very tree the one-thread parse gives, link definitions and details included', async () => {
    const text = bigGuide()
    const [parallel] = await parseAll([text], 2)
    const alone = parseMarkdown(text)
    expect(parallel!.children.length).toBe(alone.children.length)
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(alone))
    // The reference on the last piece was resolved from the definition at the top.
    expect(JSON.stringify(parallel!.children.filter((node) => node.type === 'list').at(-1))).toContain(
      'https://example.org/terms',
    )
  }, 120_000)
})
