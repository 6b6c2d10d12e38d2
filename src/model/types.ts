/** The typed model of a guide: what every stage after `model` reads. */
import type {Heading, List, ListItem, RootContent} from 'mdast'

export type PartKind = 'questions' | 'topics' | 'tips' | 'steps'

export type QuestionKind = 'technical' | 'coding' | 'design' | 'behavioral' | 'reverse'

export type Difficulty = 'easy' | 'medium' | 'hard'

/**
 * The layout a question was found in: a list item, a heading, a bold paragraph, a table row, a `<details>`
 * summary, the comment that opens a code fence.
 */
export type QuestionLayout = 'list' | 'heading' | 'paragraph' | 'table' | 'details' | 'code'

/** Where a node came from, for messages an author can act on. */
export interface SourcePosition {
  file: string
  line: number
  column: number
}

/** One entry of a recognised list: "**Term**: detail" items keep both halves. */
export interface PartItem {
  text: string
  term?: string
  detail?: string
  node: ListItem
}

/** A list the model recognised by its label (heading or bold pseudo-heading). */
export interface Part {
  kind: PartKind
  label: string
  ordered: boolean
  items: PartItem[]
  node: List
}

export interface Question {
  text: string
  kind: QuestionKind
  /** Slug of the section the question sits in. */
  section: string
  /** The label it was listed under, such as "Key Questions". */
  label: string
  /** Blocks the question shows (the code it asks about, its options): printed with it, on the card's front. */
  shown?: RootContent[]
  /** Model answer as mdast blocks, when the guide or an answer key has one. */
  answer: RootContent[] | null
  /** A hint, kept apart from the answer (`**Hint:**`). */
  hint: RootContent[] | null
  /** From tags such as [E], [M], [H] in the guide. */
  difficulty: Difficulty | null
  position: SourcePosition
  /** How the guide laid the question out. */
  layout?: QuestionLayout
  /** Where the answer came from: the guide itself, or the answer key beside it. */
  answerFrom?: 'guide' | 'key' | null
  /** The heading above, when it is a title and the question is the line below it ("Q1: Count orders"). */
  title?: string
  /** The line of the title, when the question starts below it (same file). */
  titleLine?: number
  /** The stem a sub-question belongs to (a scenario, then "What is the probability that …?"): the card shows it. */
  context?: string
  /** Where the guide points for the answer, when it gives only a link. */
  elsewhere?: string
  /** Tags the guide put on the question, kept out of its text: "(Google, 2019)". */
  meta?: string[]
  /** Why it was taken (its features, its series) and what was attached, for `list --questions --explain`. */
  why?: string[]
}

export interface Section {
  /** Unique within the guide; stable across rebuilds of the same text. */
  slug: string
  title: string
  depth: number
  /** Titles from the outermost section down to this one. */
  path: string[]
  position: SourcePosition
  heading: Heading
  /** Blocks between this heading and its first sub-section. */
  body: RootContent[]
  parts: Part[]
  questions: Question[]
  children: Section[]
}

export interface Guide {
  title: string
  /** Blocks before the first section: the guide's introduction. */
  intro: RootContent[]
  sections: Section[]
  /** Files the guide was read from, relative to the content folder. */
  sources: string[]
  frontMatter: Record<string, unknown>
  /** The front matter's `tags`, as strings. */
  tags?: string[]
}
