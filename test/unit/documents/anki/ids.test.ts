/**
 * Stable note GUIDs: the matching of questions to the id map on its own, and
 * through the written .apkg of a guide that is edited between two builds
 * (an answer edited, two sections swapped, a typo fixed, a question added).
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadContent} from '../../../../src/input/content.js'
import {ankiFiles} from '../../../../src/documents/anki/deck-files.js'
import {guideIds} from '../../../../src/documents/anki/id-store.js'
import {
  assignIds,
  emptyIdMap,
  formatIdMap,
  ID_FILE,
  parseIdMap,
  similarity,
  textGuids,
  type IdMap,
} from '../../../../src/documents/anki/ids.js'
import {studyOf} from '../../../../src/select/study.js'
import {PROJECT_ROOT} from '../../../../src/core/paths.js'
import {createAnkiRun} from '../../../../src/documents/anki/run-state.js'
import {createTemplates} from '../../../../src/render/template.js'
import {deckOfStudy, NOW} from './deck-helpers.js'
import {openApkg} from '../../../helpers/apkg.js'

const counter = () => {
  let n = 0
  return () => `guid${++n}`
}

const map = (...notes: Array<[string, string, string]>): IdMap => ({
  version: 1,
  notes: notes.map(([guid, question, section]) => ({guid, question, section})),
})

describe('matching questions to the id map', () => {
  const old = map(
    ['a', 'What is overfitting?', 'ml'],
    ['b', 'Explain the bias-variance trade-off.', 'ml'],
    ['c', 'How does a hash map work?', 'coding'],
  )

  it('keeps the ids of unchanged questions whatever their order or section', () => {
    const {guids} = assignIds(
      [
        {text: 'How does a hash map work?', section: 'coding'},
        {text: 'Explain the bias-variance trade-off.', section: 'basics'},
        {text: 'What is overfitting?', section: 'ml'},
      ],
      old,
      counter(),
    )
    expect(guids).toEqual(['c', 'b', 'a'])
  })

  it('keeps the id of a question with a typo fixed or a word changed, and case, punctuation and spacing never count', () => {
    const {guids} = assignIds(
      [
        {text: 'What is over-fitting ?', section: 'ml'},
        {text: 'Explain the bias–variance tradeoff', section: 'ml'},
        {text: 'How does a hash table work?', section: 'coding'},
      ],
      old,
      counter(),
    )
    expect(guids).toEqual(['a', 'b', 'c'])
  })

  it('gives a new question a new id, and never one id to two questions', () => {
    const {guids, map: next} = assignIds(
      [
        {text: 'What is overfitting?', section: 'ml'},
        {text: 'What is overfitting?', section: 'ml'},
        {text: 'What is underfitting?', section: 'ml'},
        {text: 'Describe gradient descent.', section: 'ml'},
      ],
      old,
      counter(),
    )
    expect(guids[0]).toBe('a')
    expect(new Set(guids).size).toBe(4)
    expect(guids.slice(1)).toEqual(['guid1', 'guid2', 'guid3'])
    // Entries no question took stay in the map, after the guide's own.
    expect(next.notes.map((entry) => entry.guid)).toEqual(['a', 'guid1', 'guid2', 'guid3', 'b', 'c'])
  })

  it('takes the closest old question when two are near, each old id once', () => {
    const near = map(['x', 'What is L1 regularization?', 'ml'], ['y', 'What is L2 regularization?', 'ml'])
    const {guids} = assignIds(
      [
        {text: 'What is L2 regularisation?', section: 'ml'},
        {text: 'What is L1 regularisation?', section: 'ml'},
      ],
      near,
      counter(),
    )
    expect(guids).toEqual(['y', 'x'])
  })

  it('makes GUIDs from the text alone for a guide with no folder: stable, distinct for a question asked twice', () => {
    const asked = [
      {text: 'What is overfitting?', section: 'a'},
      {text: 'what is over-fitting', section: 'b'},
      {text: 'Describe gradient descent.', section: 'a'},
    ]
    const guids = textGuids(asked)
    expect(textGuids(asked)).toEqual(guids)
    expect(new Set(guids).size).toBe(3)
    expect(textGuids([asked[2]!])).toEqual([guids[2]])
    expect(guids.every((guid) => /^[A-Za-z0-9]{10}$/.test(guid))).toBe(true)
  })

  it('measures similarity as one minus edits per character', () => {
    expect(similarity('abcd', 'abcd')).toBe(1)
    expect(similarity('abcd', 'abed')).toBe(0.75)
    expect(similarity('', '')).toBe(1)
  })

  it('reads back what it writes, and rejects a file that is not an id map', () => {
    const written = formatIdMap(old)
    expect(parseIdMap(written)).toEqual(old)
    expect(JSON.parse(written).about).toMatch(/Commit it with the guide/)
    expect(() => parseIdMap('{"guids": {}}')).toThrow(/notes/)
    expect(() => parseIdMap('not json')).toThrow()
    expect(parseIdMap(JSON.stringify({notes: [{guid: 'k', question: 'Q?'}, {question: 'no guid'}]})).notes).toEqual([
      {guid: 'k', question: 'Q?', section: ''},
    ])
    expect(emptyIdMap().notes).toEqual([])
  })
})

describe('GUIDs of the written .apkg across edits of the guide', () => {
  const fixture = path.join(PROJECT_ROOT, 'test', 'fixtures', 'anki', 'guide.md')
  let folder: string
  let original: string

  /** Build in `folder` from this guide text; the GUID of each question, in deck order, with its question. */
  async function build(markdown: string): Promise<Array<{question: string; guid: string}>> {
    await writeFile(path.join(folder, 'guide.md'), markdown)
    const content = await loadContent(path.join(folder, 'guide.md'))
    const study = studyOf(content)
    const deck = deckOfStudy(study)
    const {guids, warnings} = await guideIds(content.folder, study.guide, new Map())
    expect(warnings).toEqual([])
    const files = await ankiFiles({
      deck,
      guide: study.guide,
      guids,
      html: {baseDir: content.folder},
      run: {templates: createTemplates(), anki: createAnkiRun()},
      now: NOW,
    })
    const opened = await openApkg(files.apkg)
    const rows = opened.rows('select guid, sfld from notes order by id')
    // The sort field is the front: the question with its formulas between \( \).
    const question = (row: Record<string, unknown>) => String(row.sfld).replace(/\\[()]/g, '')
    expect(rows.map(question)).toEqual(deck.cards.map((card) => card.question.text))
    return rows.map((row) => ({question: question(row), guid: String(row.guid)}))
  }

  const guidOf = (notes: Array<{question: string; guid: string}>, start: string) =>
    notes.find((note) => note.question.startsWith(start))!.guid

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'studypack-ids-'))
    original = await readFile(fixture, 'utf8')
    await writeFile(path.join(folder, 'matrix.png'), '')
  })
  afterAll(() => rm(folder, {recursive: true, force: true}))

  it('keeps every GUID when an answer changes, sections swap or a typo is fixed, and makes a new one for a new question', async () => {
    const withTypo = original.replace('What does a confusion matrix show?', 'What dose a confusoin matrix show?')
    const first = await build(withTypo)
    expect(new Set(first.map((note) => note.guid)).size).toBe(first.length)
    const file = JSON.parse(await readFile(path.join(folder, ID_FILE), 'utf8'))
    expect(file.notes.map((entry: {guid: string}) => entry.guid)).toEqual(first.map((note) => note.guid))

    // (a) an answer edited
    const edited = await build(
      withTypo.replace(
        'It counts the predictions of a classifier against the truth.',
        'It tallies what the model said against what was true.',
      ),
    )
    expect(edited).toEqual(first)

    // (b) two sections swapped
    const models = withTypo.slice(withTypo.indexOf('## Models'), withTypo.indexOf('## Coding'))
    const coding = withTypo.slice(withTypo.indexOf('## Coding'), withTypo.indexOf('## Behavioral'))
    const swapped = withTypo.replace(models + coding, coding + models)
    expect(swapped).not.toBe(withTypo)
    const reordered = await build(swapped)
    expect(reordered.map((note) => note.question)).not.toEqual(first.map((note) => note.question))
    expect(new Map(reordered.map((note) => [note.question, note.guid]))).toEqual(
      new Map(first.map((note) => [note.question, note.guid])),
    )

    // (c) the typo fixed
    const fixed = await build(original)
    expect(guidOf(fixed, 'What does a confusion matrix show?')).toBe(
      guidOf(first, 'What dose a confusoin matrix show?'),
    )
    expect(fixed.map((note) => note.guid)).toEqual(first.map((note) => note.guid))

    // a new question
    const added = await build(
      original.replace(
        '## Behavioral',
        '### Q5: What is the difference between a process and a thread?\n\nA process owns its memory; threads share it.\n\n## Behavioral',
      ),
    )
    const fresh = guidOf(added, 'What is the difference between a process')
    expect(first.map((note) => note.guid)).not.toContain(fresh)
    expect(added.filter((note) => note.guid !== fresh).map((note) => note.guid)).toEqual(first.map((note) => note.guid))
  })

  it('leaves a broken id file alone and says so', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'studypack-ids-'))
    try {
      await writeFile(path.join(other, 'guide.md'), original)
      await writeFile(path.join(other, ID_FILE), '{broken')
      const content = await loadContent(path.join(other, 'guide.md'))
      const {guids, warnings} = await guideIds(content.folder, studyOf(content).guide, new Map())
      expect(warnings.join('\n')).toMatch(/not an id map/)
      expect(guids.size).toBeGreaterThan(0)
      expect(await readFile(path.join(other, ID_FILE), 'utf8')).toBe('{broken')
    } finally {
      await rm(other, {recursive: true, force: true})
    }
  })
})
