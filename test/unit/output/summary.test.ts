import {describe, expect, it} from 'vitest'
import {type PackResult, summaryTable} from '../../../src/output/summary.js'

const FILES = ['guide.pdf', 'cheatsheet.pdf', 'cards.pdf', 'cards.anki.txt', 'cards.csv', 'checklist.pdf']
const packs: PackResult[] = ['ml-engineer', 'research-scientist-time-series'].map((folder) => ({
  folder,
  files: FILES.map((name) => ({name, bytes: 200_000, pages: name.endsWith('.pdf') ? 3 : undefined})),
  ms: 4200,
}))
const widest = (table: string) => Math.max(...table.split('\n').map((line) => line.length))

describe('summaryTable', () => {
  it('names every file when there is room, as in a log', () => {
    const table = summaryTable(packs, 9000)
    expect(table).toContain('guide.pdf, cheatsheet.pdf, cards.pdf, cards.anki.txt, cards.csv, checklist.pdf')
    expect(table.split('\n').at(-1)).toBe('2 packs, 24 pages in 9.0 s')
  })

  it('gives the documents by short name on a middling terminal', () => {
    const table = summaryTable(packs, 9000, 100)
    expect(widest(table)).toBeLessThan(100)
    expect(table).toMatch(/research-scientist-time-series +guide cheatsheet cards checklist +12/)
  })

  it('counts the files on a narrow one, then cuts long pack names, never wider than the terminal', () => {
    const counted = summaryTable(packs, 9000, 70)
    expect(widest(counted)).toBeLessThan(70)
    expect(counted).toMatch(/ml-engineer +6 files +12 +1\.1 MB +4\.2 s/)
    const narrow = summaryTable(packs, 9000, 50)
    expect(widest(narrow)).toBeLessThan(50)
    expect(narrow).toMatch(/research-scien\S*… +6 files/)
    expect(narrow).toMatch(/^ml-engineer +6 files/m)
  })

  it('says (nothing) for a pack that wrote no file', () => {
    expect(summaryTable([{folder: 'all', files: [], ms: 10}], 10, 40)).toMatch(/all +\(nothing\) +0/)
  })
})
