/** `studypack list --questions`: what an author runs to check what the tool saw. Needs `npx tsc -p .` first. */
import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'
import {FIXTURES} from '../helpers/guide.js'

describe('studypack list --questions', () => {
  it('prints every question of the bundled guide as one JSON array', async () => {
    const result = await studypack(['list', '--questions', '--json'])
    expect(result.code).toBe(0)
    const entries = JSON.parse(result.stdout) as Array<Record<string, unknown>>
    expect(entries).toHaveLength(47)
    expect(entries[0]).toMatchObject({
      text: 'Explain bias-variance tradeoff with examples',
      kind: 'technical',
      section: 'supervised-learning',
      answerFrom: 'key',
      hint: null,
      difficulty: null,
      line: 27,
    })
    expect(entries[0]!.answer).toMatch(/^Expected test error decomposes into \*\*bias²\*\*/)
    expect(entries[0]!.answer).toContain('$$\n\\mathbb{E}')
    const behavioral = entries.filter((entry) => entry.kind === 'behavioral')
    expect(behavioral).toHaveLength(12)
    expect(behavioral.every((entry) => entry.answer === null)).toBe(true)
  })

  it('lists another guide as text: kind, section, and whether each is answered', async () => {
    const result = await studypack(['list', '--questions', '--content', path.join(FIXTURES, 'questions', 'details.md')])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^5 questions \(5 technical\), 4 with an answer/)
    expect(result.stdout).toContain('\nDeep Learning\n  A technical  What is a residual connection?')
    expect(result.stdout).toMatch(/- technical {2}What is tokenization\? {2}\[hint\] {2}\(details\.md:\d+\)/)
  })

  it('prints an empty array for a guide with no questions, and warns about unmatched answer-key entries on stderr', async () => {
    const empty = await studypack([
      'list',
      '--questions',
      '--json',
      '--content',
      path.join(FIXTURES, 'questions', 'no-questions.md'),
    ])
    expect(JSON.parse(empty.stdout)).toEqual([])
    const keyed = await studypack([
      'list',
      '--questions',
      '--json',
      '--content',
      path.join(FIXTURES, 'questions', 'answer-key'),
    ])
    expect(keyed.code).toBe(0)
    expect(JSON.parse(keyed.stdout)).toHaveLength(4)
    expect(keyed.stderr).toContain('warning: answers.md:23: "Explain batch norm" matches no question of the guide')
  })

  it('explains why each question was taken and what was attached as its answer', async () => {
    const guide = path.join(FIXTURES, 'questions', 'families', 'heading-series.md')
    const result = await studypack(['list', '--questions', '--explain', '--content', guide])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('  A technical  Sharding versus replication  (heading-series.md:9)\n')
    expect(result.stdout).toContain('      why: series of h3 numbered headings: 5 of 5 ask\n')
    expect(result.stdout).toContain('      answer: from the guide, 1 line: Sharding splits the rows')
    expect(result.stdout).toContain('      title: Count orders (line 27)\n      why: a "Question:" line below\n')
  })

  it('says what a question shows, apart from its answer, in the explain listing and in the JSON', async () => {
    const guide = path.join(FIXTURES, 'questions', 'shown', 'paragraphs.md')
    const result = await studypack(['list', '--questions', '--explain', '--content', guide])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '  - technical  Find the bug in this loop.  (paragraphs.md:7)\n      why: series of "whole bold" paragraphs: 4 of 5 ask; shows a code block\n      shows: 3 lines: ```js for (let i = 0; i <= items.length; i++) total += items[i] ```\n      answer: none\n',
    )
    const json = await studypack(['list', '--questions', '--json', '--content', guide])
    const printed = (JSON.parse(json.stdout) as Array<{text: string; shown?: string; answer: string | null}>).find(
      (entry) => entry.text === 'What is printed?',
    )
    expect(printed).toMatchObject({shown: "```js\nconsole.log([1, 2, 3].map((n) => n * 2).join('-'))\n```"})
    expect(printed!.answer).toBe('```text\n2-4-6\n```')
  })

  it('never crashes on a guide full of awkward markdown', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-q-'))
    writeFileSync(
      path.join(dir, 'g.md'),
      '<details>\n<summary>What?\n\n| Question |\n|--|\n| |\n\n**Q:**\n\n### Q1:\n- [ ] \n',
    )
    const result = await studypack(['list', '--questions', '--json', '--content', path.join(dir, 'g.md')])
    expect(result.code).toBe(0)
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true)
  })
})
