/**
 * Lists of bold questions. A guide that sets each item's question in bold
 * ("1. **What is X?**") answers it however suits the answer: on the line
 * after a hard break, in an indented sub-list, in an indented fence, or on
 * the same line after the bold. The bold opening is the shape of the series,
 * not what follows it: when most items of a list open with bold text and two
 * thirds of those ask, each of them is a question ("**Compare X to Y.**" as
 * much as "**What is Z?**"), and the rest of its item is the answer. A list
 * whose answers all run on after the bold on its line is left to the bold
 * leads of parts.ts; this one needs a bold that stands on its own line.
 */
import type {List, ListItem, Paragraph, PhrasingContent} from 'mdast'
import {literalBold} from './escaped-bold.js'
import {ASKS, features} from './features.js'
import {boldLine, paragraphOf} from './phrasing.js'
import {questionOf, type Draft} from './questions.js'
import {joins, seriesVerdicts} from './series.js'
import {plainText} from './text.js'

interface BoldItem {
  item: ListItem
  lead: Paragraph
  bold: PhrasingContent[]
  /** What follows the bold in its paragraph: the answer's first lines, when it starts there. */
  rest: PhrasingContent[]
}

/** Without the line break, dash and white space that part the bold question from its answer ("**…?** — It is …"). */
function trimLead(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes
  if (first?.type === 'break') return trimLead(rest)
  if (first?.type !== 'text') return nodes
  const value = first.value.replace(/^\s*(?:[-–—]\s+)?/, '')
  return value ? [{...first, value}, ...rest] : trimLead(rest)
}

/** An item whose first paragraph opens with bold text that is not a label ("**Note:**", "**Redux**: …"). */
function boldItem(item: ListItem): BoldItem | undefined {
  const lead = item.children[0]
  if (lead?.type !== 'paragraph') return undefined
  const [first, ...more] = lead.children
  // "\*\*What is X?\*\*": escaped markers show the bold they meant (escaped-bold.ts).
  const shown = first?.type === 'strong' ? {bold: first.children, rest: more} : literalBold(lead)
  if (!shown) return undefined
  const bold = plainText(shown.bold)
  if (/:\s*$/.test(bold) || /^\s*:/.test(plainText(shown.rest))) return undefined
  return {item, lead, bold: shown.bold, rest: trimLead(shown.rest)}
}

/** Fewer bold items than this and a list says nothing by them. */
const MIN_BOLD = 3

/**
 * The questions of a list whose items mostly open with a bold question, or
 * undefined when it is not such a list (too few bold items, or they name
 * rather than ask).
 */
export function boldItemQuestions(list: List, label: string, context: string[]): Draft[] | undefined {
  const members = list.children.map(boldItem).filter((one): one is BoldItem => one !== undefined)
  if (members.length < MIN_BOLD || members.length * 3 < list.children.length * 2) return undefined
  // Answers all on the bold's own line are bold leads (parts.ts), read as they were.
  if (!members.some((one) => boldLine(one.lead) !== undefined)) return undefined
  const scored = members.map((one) => ({shape: 'bold', score: features(plainText(one.bold)).score}))
  const verdict = seriesVerdicts(scored, () => 'series of list items opening with bold text').get('bold')
  if (!verdict?.asks) return undefined
  return members.flatMap((one): Draft[] => {
    const own = features(plainText(one.bold))
    if (own.score < ASKS && !joins(verdict, plainText(one.bold))) return []
    const {text, difficulty} = questionOf(one.bold)
    if (!text) return []
    const inline = plainText(one.rest) === '' ? [] : [paragraphOf(one.rest, one.lead)]
    const blocks = [...inline, ...one.item.children.slice(1)]
    const why = [...own.tags, verdict.why]
    return [{text, difficulty, label, context: [label, ...context], blocks, node: one.item, layout: 'list', why}]
  })
}
