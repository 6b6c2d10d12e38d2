/**
 * Question tables: a GFM table with a column headed "Question" (or whose
 * first column is a series of questions) holds one question a row; columns
 * headed "Answer", "Difficulty" or "Hint" go with it.
 */
import type {PhrasingContent, RootContent, Table} from 'mdast'
import {normalizeLabel, TABLE_COLUMNS} from './labels.js'
import {paragraphOf} from './phrasing.js'
import {questionOf, type Draft} from './questions.js'
import {ASKS, features} from './features.js'
import {plainText} from './text.js'
import type {Difficulty} from './types.js'

function difficultyOf(text: string): Difficulty | null {
  const word = normalizeLabel(text)
  if (/^(e|easy|low|beginner)\b/.test(word)) return 'easy'
  if (/^(m|med|medium|intermediate)\b/.test(word)) return 'medium'
  if (/^(h|hard|high|advanced|difficult)\b/.test(word)) return 'hard'
  return null
}

/**
 * A table with no "Question" column whose first column is a series of
 * questions (two thirds of its cells ask, three rows or more): the first
 * column asks and the other cells answer.
 */
function askingColumn(rows: Table['children']): boolean {
  const firsts = rows.map((row) => plainText(row.children[0] ?? {type: 'tableCell', children: []}))
  const asking = firsts.filter((text) => features(text).score >= ASKS).length
  return rows.length >= 3 && asking * 3 >= rows.length * 2
}

export function tableDrafts(table: Table, label: string, context: string[]): Draft[] {
  const [head, ...rows] = table.children
  const names = (head?.children ?? []).map((cell) => normalizeLabel(plainText(cell)))
  const named = names.findIndex((name) => TABLE_COLUMNS.question.test(name))
  const byFirst = named < 0 && askingColumn(rows)
  if (named < 0 && !byFirst) return []
  const question = byFirst ? 0 : named
  const column = (re: RegExp) => names.findIndex((name, index) => index !== question && re.test(name))
  const [difficulty, hint] = [column(TABLE_COLUMNS.difficulty), column(TABLE_COLUMNS.hint)]
  // With no "Answer" column, the column after the question answers when the first column is what asks.
  const answer = column(TABLE_COLUMNS.answer) >= 0 ? column(TABLE_COLUMNS.answer) : byFirst && names.length > 1 ? 1 : -1
  const cell = (row: Table['children'][number], index: number): PhrasingContent[] =>
    index >= 0 ? (row.children[index]?.children ?? []) : []
  return rows.flatMap((row) => {
    const asked = questionOf(cell(row, question))
    if (!asked.text) return []
    const blocks: RootContent[] = []
    if (cell(row, answer).length > 0) blocks.push(paragraphOf(cell(row, answer), row))
    // The hint goes in labelled, so that splitAnswer keeps it apart as it would in prose.
    if (cell(row, hint).length > 0)
      blocks.push(paragraphOf([{type: 'strong', children: [{type: 'text', value: 'Hint:'}]}, ...cell(row, hint)], row))
    const level = difficultyOf(plainText(cell(row, difficulty)))
    return [
      {
        text: asked.text,
        difficulty: level ?? asked.difficulty,
        label,
        context: [label, ...context],
        blocks,
        node: row,
        layout: 'table' as const,
        why: [
          byFirst
            ? 'a row of a table whose first column is a series of questions'
            : `a row of a table with a "${names[question]}" column`,
        ],
      },
    ]
  })
}
