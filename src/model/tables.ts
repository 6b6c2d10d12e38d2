/**
 * Question tables: a GFM table with a column headed "Question" holds one
 * question a row; columns headed "Answer", "Difficulty" or "Hint" go with it.
 */
import type {PhrasingContent, RootContent, Table} from 'mdast'
import {normalizeLabel, TABLE_COLUMNS} from './labels.js'
import {paragraphOf} from './phrasing.js'
import {questionOf, type Draft} from './questions.js'
import {plainText} from './text.js'
import type {Difficulty} from './types.js'

function difficultyOf(text: string): Difficulty | null {
  const word = normalizeLabel(text)
  if (/^(e|easy|low|beginner)\b/.test(word)) return 'easy'
  if (/^(m|med|medium|intermediate)\b/.test(word)) return 'medium'
  if (/^(h|hard|high|advanced|difficult)\b/.test(word)) return 'hard'
  return null
}

export function tableDrafts(table: Table, label: string, context: string[]): Draft[] {
  const [head, ...rows] = table.children
  const names = (head?.children ?? []).map((cell) => normalizeLabel(plainText(cell)))
  const question = names.findIndex((name) => TABLE_COLUMNS.question.test(name))
  if (question < 0) return []
  const column = (re: RegExp) => names.findIndex((name, index) => index !== question && re.test(name))
  const [answer, difficulty, hint] = [
    column(TABLE_COLUMNS.answer),
    column(TABLE_COLUMNS.difficulty),
    column(TABLE_COLUMNS.hint),
  ]
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
        why: [`a row of a table with a "${names[question]}" column`],
      },
    ]
  })
}
