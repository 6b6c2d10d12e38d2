/**
 * Raw HTML tables of numbered questions: `<tr><td>1.</td><td>Describe …</td></tr>`,
 * each maybe followed by rows that hold its answer (a `<td colspan>` with a
 * `<ul>` of notes). The numbered rows are a series: three or more of them,
 * two thirds of which ask, make every numbered row a question, and the rows
 * between it and the next numbered one its answer. A table whose rows are
 * not numbered (a definition table, "Situation | Describe …") gives none.
 */
import type {Html, List, Paragraph, RootContent} from 'mdast'
import type {Position} from 'unist'
import {features} from './features.js'
import type {Draft} from './questions.js'
import {seriesVerdicts} from './series.js'
import {cleanQuestionText, htmlText} from './text.js'

interface Row {
  cells: Array<{text: string; html: string; at: number}>
  html: string
}

const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]\s*>/gi
const NUMBER_CELL = /^\(?\d{1,3}[.)]?\)?$/

function rowsOf(value: string): Row[] {
  return [...value.matchAll(ROW)].map((row) => ({
    html: row[1] ?? '',
    cells: [...(row[1] ?? '').matchAll(CELL)].map((cell) => ({
      text: htmlText(cell[1] ?? ''),
      html: cell[1] ?? '',
      at: row.index + row[0].indexOf('>') + 1 + cell.index,
    })),
  }))
}

/** A row numbered in its first cell, with the question in the cell after it. */
const numbered = (row: Row) =>
  row.cells.length >= 2 && NUMBER_CELL.test(row.cells[0]!.text) && row.cells[1]!.text !== ''

/** The position of the text `at` characters into an html node. */
function positionAt(node: Html, at: number): Position | undefined {
  const start = node.position?.start
  if (!start) return undefined
  const line = start.line + node.value.slice(0, at).split('\n').length - 1
  return {start: {line, column: 1}, end: {line, column: 1}}
}

/** The rows under a question as its answer: the items of their lists, else their text. */
function answerOf(rows: Row[], position: Position | undefined): RootContent[] {
  const html = rows.map((row) => row.html).join('\n')
  const items = [...html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li\s*>/gi)].map((item) => htmlText(item[1] ?? ''))
  const where = position ? {position} : {}
  const paragraph = (text: string): Paragraph => ({
    type: 'paragraph',
    children: [{type: 'text', value: text}],
    ...where,
  })
  if (items.some(Boolean)) {
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: items.filter(Boolean).map((text) => ({type: 'listItem', spread: false, children: [paragraph(text)]})),
      ...where,
    }
    return [list]
  }
  const text = htmlText(html)
  return text ? [paragraph(text)] : []
}

export function htmlTableDrafts(node: RootContent, label: string, context: string[]): Draft[] {
  if (node.type !== 'html' || !/<table\b/i.test(node.value)) return []
  const rows = rowsOf(node.value)
  const members = rows.filter(numbered)
  const verdict = seriesVerdicts(
    members.map((row) => ({shape: 'row', score: features(row.cells[1]!.text).score})),
    () => 'series of numbered rows of an HTML table',
  ).get('row')
  if (!verdict?.asks) return []
  return rows.flatMap((row, index): Draft[] => {
    if (!numbered(row)) return []
    const next = rows.findIndex((other, at) => at > index && numbered(other))
    const below = rows.slice(index + 1, next < 0 ? rows.length : next)
    const cell = row.cells[1]!
    const {text, difficulty} = cleanQuestionText(cell.text)
    const position = positionAt(node, cell.at)
    return [
      {
        text,
        difficulty,
        label,
        context: [label, ...context],
        blocks: answerOf(below, position),
        node: {position},
        layout: 'table',
        why: [...features(cell.text).tags, verdict.why],
      },
    ]
  })
}
