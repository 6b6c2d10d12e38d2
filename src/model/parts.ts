/**
 * Recognise the labelled lists in a section body: question lists, topic
 * lists, tips and steps. A list's label is the bold pseudo-heading right above
 * it (`**Key Questions:**`), else the section's own title, else the titles of
 * the sections around it, nearest first. Items of other lists that read as
 * questions are questions too; a tip or a topic never is.
 */
import type {Heading, List, ListItem, Paragraph, RootContent} from 'mdast'
import {isAnswerLabel} from './answer.js'
import {boldItemQuestions} from './bold-items.js'
import {withAnswerItems} from './qa-items.js'
import {isQuestionLabel, type LabelMatcher} from './labels.js'
import {leadingLabel, paragraphOf, splitAfterQuestionLine, splitAtLabel} from './phrasing.js'
import {questionOf, type Draft} from './questions.js'
import {ASKS, features} from './features.js'
import {cleanQuestionText, plainText, readsAsQuestion} from './text.js'
import type {Part, PartItem, PartKind} from './types.js'

/** A paragraph that is nothing but bold text, maybe with a colon: a label. */
export function pseudoHeading(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const [first, ...rest] = node.children
  if (first?.type !== 'strong') return undefined
  const tail = plainText(rest)
  if (tail !== '' && tail !== ':') return undefined
  return plainText(first).replace(/:\s*$/, '').trim()
}

/** The line an item opens with: its first paragraph, or a heading it opens with ("1. ### What is …?"). */
function leadOf(item: ListItem): Paragraph | Heading | undefined {
  const first = item.children[0]
  if (first?.type === 'heading') return first
  return item.children.find((child): child is Paragraph => child.type === 'paragraph')
}

/** The text of an item's own first paragraph (or opening heading), without its nested lists. */
export function itemText(item: ListItem): string {
  const lead = leadOf(item)
  return lead ? plainText(lead) : ''
}

/** "**Data Pipeline**: How to handle large volumes" → term and detail. */
function termAndDetail(item: ListItem): Pick<PartItem, 'term' | 'detail'> {
  const lead = item.children[0]
  if (lead?.type !== 'paragraph' || lead.children[0]?.type !== 'strong') return {}
  const term = plainText(lead.children[0]).replace(/:\s*$/, '').trim()
  const detail = plainText(lead.children.slice(1)).replace(/^[:\-–—]\s*/, '')
  return {term, detail: detail || undefined}
}

function partItem(item: ListItem): PartItem {
  return {text: itemText(item), ...termAndDetail(item), node: item}
}

export function kindOf(labels: string[], list: List, match: LabelMatcher): {kind: PartKind; label: string} | undefined {
  for (const label of labels) {
    const kind = match(label)
    if (kind) return {kind, label}
  }
  // An unlabelled numbered list still reads as a sequence of steps.
  if (list.ordered && labels[0] !== undefined) return {kind: 'steps', label: labels[0]}
  return undefined
}

/**
 * Out of a series an item must ask outright: a "?", or an opening that bids
 * ("Design a …"), not a "When a node fails, …" statement; and it is not a link
 * to read elsewhere (a reading list).
 */
function asksAlone(item: PartItem): boolean {
  if (isLinkOnly(item.node)) return false
  return (
    /[?？][^\p{L}\p{N}]*$/u.test(item.text) ||
    !/^(how|what|when|why|which|where)\b/i.test(cleanQuestionText(item.text).text)
  )
}

/** An item that is nothing but one link: a reference to read, in a list of them. */
function isLinkOnly(item: ListItem): boolean {
  const lead = item.children[0]
  if (lead?.type !== 'paragraph') return false
  const links = lead.children.filter((node) => node.type === 'link')
  const rest = lead.children.filter((node) => node.type !== 'link')
  return links.length === 1 && plainText(rest).replace(/[^\p{L}\p{N}]+/gu, '') === ''
}

/** Fewer items with a `<details>` block than this and a list says nothing by them. */
const MIN_DETAILED = 3

/** An item that holds a `<details>` block after its first line: a question with its answer folded away. */
function carriesDetails(item: ListItem): boolean {
  return item.children.slice(1).some((child) => child.type === 'html' && /<details\b/i.test(child.value))
}

/** "**Term**: detail" names a topic, even when the detail opens like a question; "**Q:** …" is no term. */
function isTermItem(item: PartItem): boolean {
  if (item.detail === undefined || isQuestionLabel(item.term ?? '')) return false
  return cleanQuestionText(item.term ?? '').numbered !== 'question'
}

/** "When a node fails, it is replaced." opens like a question but states: a wh-word and a full stop. */
const STATEMENT = /^(how|what|when|why|which|where)\b[^?]*\.$/i

const reads = (item: PartItem) => readsAsQuestion(item.text) && !STATEMENT.test(cleanQuestionText(item.text).text)
const nestedList = (item: ListItem) => item.children.find((child): child is List => child.type === 'list')

/** An item that names a group of questions nested under it: "- **Supervised**\n  - Explain …". */
function groupOf(item: ListItem): List | undefined {
  const nested = nestedList(item)
  if (!nested || readsAsQuestion(itemText(item))) return undefined
  const inner = nested.children.map(partItem)
  return inner.filter(reads).length * 2 > inner.length ? nested : undefined
}

/** A list item → a question: its first paragraph asks, the rest answers. */
function itemDraft(item: ListItem, label: string, context: string[], why: string[] = []): Draft | undefined {
  const [lead, ...rest] = item.children
  if (lead?.type !== 'paragraph' && lead?.type !== 'heading') return undefined
  const labelled = splitAtLabel(lead.children, isAnswerLabel)
  const {before, after} = splitAfterQuestionLine(labelled.before)
  const {text, difficulty} = questionOf(before)
  if (!text) return undefined
  const inline = [after, labelled.after].filter((nodes) => nodes !== null).map((nodes) => paragraphOf(nodes, lead))
  const blocks = [...inline, ...rest]
  return {text, difficulty, label, context: [label, ...context], blocks, node: item, layout: 'list', why}
}

interface ListRead {
  parts: Part[]
  questions: Draft[]
}

/** Every item of a question list is a question; a group item stands for the questions under it. */
function questionItems(list: List, label: string, context: string[]): {items: PartItem[]; questions: Draft[]} {
  const items: PartItem[] = []
  const questions: Draft[] = []
  for (const item of list.children) {
    const group = groupOf(item)
    const inner = group ? questionItems(group, itemText(item), [label, ...context]) : undefined
    // A group item that is a sentence (a scenario) is the stem its questions need on their cards.
    const stem = itemText(item)
    if (inner && stem.split(' ').length >= 6) for (const draft of inner.questions) draft.stem ??= stem
    const draft = inner ? undefined : itemDraft(item, label, context, [`an item of the list labelled "${label}"`])
    items.push(...(inner?.items ?? (draft ? [partItem(item)] : [])))
    questions.push(...(inner?.questions ?? (draft ? [draft] : [])))
  }
  return {items, questions}
}

/** A nested list hanging tight under its item, every entry of which asks: follow-ups, not an answer. */
function followUps(item: ListItem): List | undefined {
  const [lead, nested, ...more] = item.children
  if (item.spread || lead?.type !== 'paragraph' || nested?.type !== 'list' || more.length > 0) return undefined
  return nested.children.every((child) => /[?？][^\p{L}\p{N}]*$/u.test(itemText(child))) ? nested : undefined
}

/**
 * A question bank: a list of questions none of which is answered, but for
 * follow-up questions hung under some ("- What is X?\n  - How would you test
 * it?"). Each follow-up is then a question of its own, whose card carries the
 * question it follows.
 */
function withFollowUps(list: List, drafts: Draft[]): Draft[] {
  const byItem = new Map(drafts.map((draft) => [draft.node, draft]))
  const items = list.children.filter((item) => byItem.has(item))
  const answered = items.filter((item) => item.children.length > 1 && !followUps(item))
  if (items.length < 3 || answered.length > 0 || !items.some(followUps)) return drafts
  return drafts.flatMap((draft) => {
    const nested = followUps(draft.node as ListItem)
    if (!nested) return [draft]
    const asked = {...draft, blocks: []}
    const subs = nested.children.flatMap((child) => {
      const sub = itemDraft(child, draft.label, draft.context, [`a follow-up of "${draft.text.slice(0, 60)}"`])
      return sub ? [{...sub, stem: draft.text}] : []
    })
    return [asked, ...subs]
  })
}

function part(kind: PartKind, label: string, list: List, items: PartItem[]): Part[] {
  return items.length > 0 ? [{kind, label, ordered: list.ordered === true, items, node: list}] : []
}

function asQuestions(
  list: List,
  label: string,
  context: string[],
  items: PartItem[],
  why: (item: PartItem) => string[],
): ListRead {
  const picked = items.map((item) => itemDraft(item.node, label, context, why(item)))
  const kept = items.filter((_, index) => picked[index])
  return {
    parts: part('questions', label, list, kept),
    questions: withFollowUps(
      list,
      picked.filter((draft): draft is Draft => draft !== undefined),
    ),
  }
}

/** Drafts made elsewhere (bold-items.ts) as a question part of the list. */
function asDrafted(list: List, label: string, questions: Draft[]): ListRead {
  const items = questions.map((draft) => partItem(draft.node as ListItem))
  return {parts: part('questions', label, list, items), questions}
}

const listLabel = (found: {kind: PartKind; label: string} | undefined, context: string[]) =>
  found?.kind === 'questions' ? found.label : (context[0] ?? '')

/** Fewer items than this and bold leads say nothing as a series. */
const MIN_LEADS = 3

/** "**What is X?** It is Y.": an item whose first line opens with bold text and goes on after it. */
function boldLead(item: ListItem) {
  const lead = item.children[0]
  const labelled = lead ? leadingLabel(lead) : undefined
  return labelled && plainText(labelled.rest) !== '' ? {...labelled, lead: lead as Paragraph} : undefined
}

/**
 * Items whose bold lead asks and whose answer runs on after it on the same
 * line ("1. **What is X?** It is Y."): when two thirds of a list's items are
 * such leads that ask by themselves, every bold lead is a question and the
 * rest of its item the answer.
 */
function boldLeadSeries(list: List, label: string, context: string[]): ListRead | undefined {
  const leads = list.children.map((item) => ({item, lead: boldLead(item)}))
  const asking = leads.filter(({lead}) => lead && features(plainText(lead.strong)).score >= ASKS).length
  if (asking < MIN_LEADS || asking * 3 < list.children.length * 2) return undefined
  const why = `series: ${asking} of ${list.children.length} items of the list open with a bold question answered after it`
  const questions = leads.flatMap(({item, lead}): Draft[] => {
    if (!lead) return []
    const {text, difficulty} = questionOf(lead.strong)
    if (!text) return []
    const blocks = [paragraphOf(lead.rest, lead.lead), ...item.children.slice(1)]
    const tags = features(plainText(lead.strong)).tags
    return [
      {text, difficulty, label, context: [label, ...context], blocks, node: item, layout: 'list', why: [...tags, why]},
    ]
  })
  const items = leads.filter(({lead}) => lead).map(({item}) => partItem(item))
  return {parts: part('questions', label, list, items), questions}
}

/**
 * @param label the bold label right above the list, if any
 * @param context titles to fall back on: the section's own first, then its ancestors'.
 */
export function readList(written: List, label: string | undefined, context: string[], match: LabelMatcher): ListRead {
  const list = withAnswerItems(written)
  // The nearest label names the list: one of its own that names nothing we know ("**Approach:**") keeps
  // the section's title ("Strategy Questions") from making its items questions.
  const own = label ? [label, ...(match(label) ? context.slice(0, 1) : [])] : context.slice(0, 1)
  const found = kindOf([...own, ...context.slice(1)], list, match)
  const labelled = found !== undefined && own.includes(found.label) && match(found.label) !== undefined
  // A task list is a checklist: under any label, only its items that ask by themselves are questions.
  if (list.children.every((item) => item.checked != null)) {
    const where = found?.label ?? context[0] ?? ''
    const asked = list.children.map(partItem).filter(reads)
    const questions = asQuestions(list, where, context, asked, (item) => [
      ...features(item.text).tags,
      'an item of a checklist',
    ])
    return {parts: questions.parts, questions: questions.questions}
  }
  if (found?.kind === 'questions' && labelled) {
    const {items, questions} = questionItems(list, found.label, context)
    return {parts: part('questions', found.label, list, items), questions: withFollowUps(list, questions)}
  }
  // Bold questions answered on their own line ask under any label, a topic one included ("Concepts").
  const bold = boldItemQuestions(list, listLabel(found, context), context)
  if (bold) return asDrafted(list, listLabel(found, context), bold)
  const inline = boldLeadSeries(list, listLabel(found, context), context)
  if (inline) return inline
  const items = list.children.map(partItem)
  if (found && found.kind !== 'questions' && match(found.label)) {
    // A tip or topic is never a question: only a "?" or a task-list question counts.
    const asked = items.filter(
      (item) => /[?？][^\p{L}\p{N}]*$/u.test(item.text) || (item.node.checked != null && reads(item)),
    )
    const rest = items.filter((item) => !asked.includes(item))
    const questions = asQuestions(list, found.label, context, asked, (item) => [
      ...features(item.text).tags,
      `in a list of ${found.kind} ("${found.label}")`,
    ])
    return {parts: [...part(found.kind, found.label, list, rest), ...questions.parts], questions: questions.questions}
  }
  // Unlabelled, or under a question heading further up: the items that read as questions.
  const candidates = items.filter((item) => !isTermItem(item))
  const reading = candidates.filter(reads)
  const detailed = items.filter((item) => carriesDetails(item.node)).length
  // Items that each hide an answer in a `<details>` block are a series of questions, whatever their wording.
  const hidden = detailed >= MIN_DETAILED && detailed * 3 >= items.length * 2
  const series = reading.length * 2 > items.length || hidden
  const asked = series ? candidates : reading.filter(asksAlone)
  const seriesWhy = hidden
    ? `series: ${detailed} of ${items.length} items of the list carry a <details> answer`
    : `series: ${reading.length} of ${items.length} items of the list ask`
  const questions = asQuestions(list, listLabel(found, context), context, asked, (item) =>
    reads(item) ? [...features(item.text).tags, ...(series ? [seriesWhy] : [])] : [seriesWhy],
  )
  // An unlabelled numbered list still reads as a sequence of steps.
  const steps = label ?? context[0]
  const rest = list.ordered && steps !== undefined ? items.filter((item) => !asked.includes(item)) : []
  return {parts: [...questions.parts, ...part('steps', steps ?? '', list, rest)], questions: questions.questions}
}
