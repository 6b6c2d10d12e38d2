/**
 * Question headings, decided among their siblings. A heading asks on its own
 * (`### Q1: …`, `#### 12) …?`, a "?"), or it is a title whose question is the
 * line below it (`### Q1: Count orders` then `**Question:** How many …?`, a
 * `### Question:` sub-heading, a prompt paragraph), or its series asks: most
 * sibling headings of the same depth and numbering are questions, so it is one
 * too. A question heading's section is that one question; what it holds, up
 * to the next heading of its level, is the answer.
 */
import type {Heading, Paragraph, RootContent} from 'mdast'
import {ASKS, features} from './features.js'
import {isAnswerLabel} from './answer.js'
import {answerPoints} from './answer-points.js'
import {isComparison} from './comparisons.js'
import {readBody} from './body.js'
import {isQuestionLabel, NUMBER_PREFIX} from './labels.js'
import {boldLine, labelOf} from './phrasing.js'
import {questionOf} from './questions.js'
import type {RawSection} from './sections.js'
import {joins, seriesVerdicts} from './series.js'
import {statedTasks} from './stated-tasks.js'
import {cleanQuestionText, plainText, type QuestionText} from './text.js'
import type {LabelMatcher} from './labels.js'

export interface HeadingQuestion extends QuestionText {
  /** The heading's own text, when the question is a line below it. */
  title?: string
  /** The node the question's text starts at: the heading, or the line below it. */
  node: {position?: RootContent['position']}
  titleNode?: {position?: RootContent['position']}
  /** What answers it: the rest of the section, its sub-sections (STAR parts, say) included. */
  blocks: RootContent[]
  why: string[]
}

interface Candidate {
  section: RawSection
  heading: QuestionText
  shape: string
  score: number
  /** Its own score before a lone "What's next" is held back: what it counts for in its series. */
  raw: number
  why: string[]
  /** Not a question: it holds questions of its own (a chapter). */
  container: boolean
  /** Not a question either: the "Question:" lines of its body make it a chapter of them (why). */
  chapter?: string
  /** The question the lines below the heading ask, when the heading is a title. */
  below?: Below
  /** The prompt paragraph the section opens with, whether or not the heading asks. */
  prompt?: Below
}

interface Below {
  asked: QuestionText
  node: RootContent
  /** Blocks of the section that are not the answer (the question line, its metadata). */
  used: Set<RootContent>
  /** A "### Question:" sub-section whose first paragraph is the question. */
  child?: RawSection
  score: number
  tag: string
}

const numberStyle = (asked: QuestionText) =>
  asked.numbered === 'question' ? 'Q-numbered' : asked.numbered ? 'numbered' : 'plain'

/**
 * "### 2. **Second step** – and why": a heading whose text, past its number,
 * opens in bold. It is set apart from the plain "### 12. What is …?" around
 * it: the points of an answer, numbered afresh, are not members of the
 * questions' series.
 */
function opensBold(heading: Heading): boolean {
  const parts = heading.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  const [first, second] = parts
  const numberOnly = first?.type === 'text' && `${first.value.trim()} `.replace(NUMBER_PREFIX, '') === ''
  return (numberOnly ? second : first)?.type === 'strong'
}

/** "Level 1", "**Company:** Acme", "**Difficulty:** Medium": lines about the question, not the question. */
function isMetadata(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const text = plainText(node)
  const label = labelOf(node)
  // "**Format:** How would you design X?" describes the question; it is not the question.
  if (label && !isQuestionLabel(label.label) && node.children[0]?.type === 'strong') return true
  if (label && !isQuestionLabel(label.label) && label.restText.length < 60 && !/[?？]/.test(label.restText)) return true
  return text.split(' ').length <= 3 && !/[?.]$/.test(text)
}

const EMPTY_SLOT = 'an empty "Question:" label below: the title is the question'

/** Right after an empty "Question:" label: its "Answer:" label. */
function emptySlot(next: RootContent | undefined): boolean {
  const label = next && labelOf(next)
  return label !== undefined && isAnswerLabel(label.label)
}

/**
 * "**Question:** …" lines in a section's own body. Two or more under a title
 * that does not ask (a "Rapid fire" run of Question:/Answer: pairs) make it a
 * chapter of questions, not one question whose answer they would be.
 */
export function questionChapter(section: RawSection): string | undefined {
  if (features(plainText(section.heading)).score >= ASKS) return undefined
  const lines = section.body.filter((block) => {
    const label = labelOf(block)
    return label !== undefined && isQuestionLabel(label.label) && label.restText !== ''
  }).length
  return lines >= 2 ? `a chapter of ${lines} "Question:" lines under a title that does not ask` : undefined
}

const UNDER_LABEL = 'under a question label, a heading over an answer of its own, among siblings of which'

/** A paragraph of nothing but links: a pointer to read elsewhere, not an answer. */
const linksOnly = (block: RootContent) =>
  block.type === 'paragraph' &&
  block.children.every((child) => child.type === 'link' || (child.type === 'text' && !child.value.trim()))

/**
 * A section that answers its own heading: it names no label ("Good resources"),
 * has no sub-sections, says something beyond a link, and asks nothing itself
 * (a topic over a list of questions is not one).
 */
function answersItself(section: RawSection, match: LabelMatcher): boolean {
  if (match(section.title) !== undefined || section.children.length > 0) return false
  if (!section.body.some((block) => !linksOnly(block))) return false
  return readBody(section.body, [section.title], match).questions.length === 0
}

/** A bold question alone on its line, the rest of its paragraph answering it: a question of the body. */
function answeredInPlace(block: RootContent): boolean {
  const bold = boldLine(block)
  return bold !== undefined && block.type === 'paragraph' && block.children.length > 1 && features(bold).score >= ASKS
}

/** A prompt paragraph right below a title heading, maybe after a "Question:" label or metadata lines. */
function questionBelow(section: RawSection, match: LabelMatcher, headingAsks: boolean): Below | undefined {
  const used = new Set<RootContent>()
  const blocks = section.body
  // A body of several "**Q7:** …" lines is a chapter of questions, not one question under a title.
  const labelled = blocks.filter((block) => {
    if (block.type !== 'paragraph') return false
    if (cleanQuestionText(plainText(block)).numbered === 'question') return true
    const label = labelOf(block)
    const strong = block.children[0]?.type === 'strong' && features(plainText(block.children[0])).score >= ASKS
    return label !== undefined && (isQuestionLabel(label.label) || strong)
  })
  if (labelled.length > 1) return undefined
  for (let index = 0; index < blocks.length && index < 4; index++) {
    const block = blocks[index]!
    const label = labelOf(block)
    if (label && isQuestionLabel(label.label)) {
      used.add(block)
      if (label.rest.length > 0)
        return {asked: questionOf(label.rest), node: block, used, score: 1, tag: 'a "Question:" line below'}
      const next = blocks[index + 1]
      // A "Question:" slot left empty (the "Answer:" comes next): the guide says its title is the question.
      if (emptySlot(next))
        return {asked: questionOf(section.heading.children), node: section.heading, used, score: 1, tag: EMPTY_SLOT}
      if (next?.type !== 'paragraph') return undefined
      used.add(next)
      return {asked: questionOf(next.children), node: next, used, score: 1, tag: 'a "Question:" line below'}
    }
    if (block.type === 'paragraph' && isMetadata(block) && index + 1 < blocks.length) {
      used.add(block)
      continue
    }
    // A prompt set as the one bullet of a list under a title ("* Pretend you have a time machine … What would
    // you …?"); under a heading that asks, such a bullet is a follow-up.
    const lone = block.type === 'list' && block.children.length === 1 && !headingAsks
    const [only, ...more] = lone ? block.children[0]!.children : []
    const bullet = only?.type === 'paragraph' && more.length === 0 ? features(plainText(only)).score : 0
    if (only?.type === 'paragraph' && bullet >= ASKS) {
      used.add(block)
      return {asked: questionOf(only.children), node: only, used, score: bullet, tag: 'a prompt paragraph below'}
    }
    // "**Q: How …?**" with its answer on the lines below, in one paragraph, asks and answers in the body.
    if (answeredInPlace(block)) break
    // A label names what follows ("How to prepare"); a line that ends in "?" asks.
    if (
      block.type !== 'paragraph' ||
      (match(plainText(block)) !== undefined && !/[?？][^\p{L}\p{N}]*$/u.test(plainText(block)))
    )
      break
    const own = features(plainText(block))
    used.add(block)
    return {asked: questionOf(block.children), node: block, used, score: own.score, tag: 'a prompt paragraph below'}
  }
  // "## Problem 1: Two Sum" over "### Question:" and "### Solution:" sub-sections.
  const child = section.children.find((sub) => isQuestionLabel(plainText(sub.heading)) && !/\d/.test(sub.title))
  const lead = child?.body.find((node): node is Paragraph => node.type === 'paragraph')
  if (child && lead) {
    return {
      asked: questionOf(lead.children),
      node: lead,
      used: new Set([lead]),
      child,
      score: 1,
      tag: 'a "Question" sub-section',
    }
  }
  return undefined
}

function candidate(section: RawSection, match: LabelMatcher, underQuestions: boolean): Candidate {
  const heading = questionOf(section.heading.children)
  const own = features(plainText(section.heading))
  const why = [...own.tags]
  let score = own.score
  // "What is …" with no "?" asks when it is numbered or listed under a question label; "What's next" does not.
  if (score < 1 && heading.numbered === null && !underQuestions && !own.tags.includes('asks in a sentence'))
    score = Math.min(score, ASKS - 0.1)
  if (underQuestions && score > 0) why.push('under a question label')
  if (heading.numbered === 'question' && !heading.text) why.push('a numbered title')
  // "## Why ML?" over a "### Key Questions" is a chapter that asks, not a question.
  const asking = section.children.filter((child) => features(plainText(child.heading)).score >= 1).length
  const chapter = questionChapter(section)
  const container =
    section.children.some((child) => match(child.title) === 'questions') ||
    (asking >= 2 && asking * 2 > section.children.length)
  const shape = `h${section.depth} ${numberStyle(heading)}${opensBold(section.heading) ? ' bold' : ''}`
  // "### Q1: Count orders" over "**Question:** How many …?": the line is the question, the heading its title.
  const looked = questionBelow(section, match, own.score >= ASKS)
  const labelledBelow = looked?.tag === 'a "Question:" line below' && !own.tags.includes('ends in "?"')
  const below = score < ASKS || !heading.text || labelledBelow ? looked : undefined
  if (labelledBelow) score = Math.min(score, ASKS - 0.1)
  const prompt = looked?.tag === 'a prompt paragraph below' && looked.score >= ASKS ? looked : undefined
  const raw = labelledBelow ? score : own.score
  return {section, heading, shape, score, raw, why, container, chapter, below, prompt}
}

const comparing = (section: RawSection) => (isComparison(plainText(section.heading)) ? ASKS : 0)

/** The section's blocks and its sub-sections (STAR parts, say) up to the first that is a question of its own. */
function answerOf(section: RawSection, isQuestion: (section: RawSection) => boolean, below?: Below): RootContent[] {
  const blocks: RootContent[] = section.body.filter((node) => !below?.used.has(node))
  for (const child of section.children) {
    if (isQuestion(child)) break
    if (child === below?.child) {
      blocks.push(...child.body.filter((node) => !below.used.has(node)))
      blocks.push(...answerOf({...child, body: []}, isQuestion))
      continue
    }
    blocks.push(child.heading, ...answerOf(child, isQuestion))
  }
  return blocks
}

/**
 * Decide which of a run of sibling sections are questions.
 * @param underQuestions their parent's title is a question label ("Interview Questions")
 */
export function headingQuestions(
  siblings: RawSection[],
  match: LabelMatcher,
  underQuestions: boolean,
  /** Inside an answer only a heading that asks by itself is a question (a follow-up), never a title or a series. */
  ownOnly = false,
  /** Numbered tasks of a series answered by code (tasks.ts), with why. */
  tasks: Map<RawSection, string> = new Map(),
  /** Filled with the sections that would have been questions but are chapters of "Question:" lines, and why. */
  chapters: Map<RawSection, string> = new Map(),
  /** The topics of a page of them (topic-pages.ts), with why: the heading is the question, not the lines below. */
  topics: Map<RawSection, string> = new Map(),
  /** Filled with the sections that are points of a numbered question's answer (answer-points.ts). */
  points: Set<RawSection> = new Set(),
): Map<RawSection, HeadingQuestion> {
  const candidates = siblings.map((section) => candidate(section, match, underQuestions))
  const members = candidates
    .filter((one) => !one.container && !one.chapter)
    // A comparison ("Props vs state") asks how the two differ: it counts as asking in its series (comparisons.ts).
    .map((one) => ({shape: one.shape, score: Math.max(one.raw, one.below?.score ?? 0, comparing(one.section))}))
  const verdicts = seriesVerdicts(members, (shape) => `series of ${shape} headings`)
  // In a series of titles with their prompts below, a member's prompt is below too.
  const titled = candidates.filter((one) => one.score < ASKS && (one.below?.score ?? 0) >= ASKS).length
  const asking = candidates.filter((one) => Math.max(one.score, one.below?.score ?? 0) >= ASKS).length
  const promptsBelow = titled * 2 > asking
  const stated = statedTasks(siblings)
  const found = new Map<RawSection, HeadingQuestion>()
  const isQuestion = (section: RawSection) => {
    const one = candidates.find((c) => c.section === section)
    return one ? decide(one) !== undefined : candidate(section, match, false).score >= ASKS
  }
  function decide(one: Candidate): (Omit<HeadingQuestion, 'blocks'> & {fromBelow?: boolean}) | undefined {
    if (one.container || one.chapter) return undefined
    const series = verdicts.get(one.shape)
    const own = one.score >= ASKS && one.heading.text
    // A prompt paragraph under a lone title ("Coding resources" over "Looking for …?") is prose: a title's
    // question is the line below it when that line says so ("Question:"), or its siblings are titles over prompts too.
    const prompt =
      one.below?.tag !== 'a prompt paragraph below' ||
      underQuestions ||
      (titled >= 2 && titled * 3 >= candidates.length)
    const below =
      one.below && ((one.below.score >= ASKS && prompt) || !one.heading.text || (series?.asks && promptsBelow))
    if (ownOnly) return own ? {...one.heading, node: one.section.heading, why: one.why} : undefined
    const topic = topics.get(one.section)
    if (topic && one.heading.text) return {...one.heading, node: one.section.heading, why: [...one.why, topic]}
    // Among titles over prompts, a title that asks too ("Why?", "Implement transactions") is one more title.
    if (own && one.prompt?.asked.text && promptsBelow && titled >= 2)
      return {
        ...one.prompt.asked,
        title: one.heading.text,
        node: one.prompt.node,
        titleNode: one.section.heading,
        why: [one.prompt.tag, 'a title that asks, among titles over prompts'],
        fromBelow: true,
      }
    if (own) return {...one.heading, node: one.section.heading, why: one.why}
    // "### Task 2: Config parser" over its one statement: the statement is the question (stated-tasks.ts).
    const task = stated.get(one.section)
    if (task && one.below?.tag === 'a prompt paragraph below' && one.below.asked.text)
      return {
        ...one.below.asked,
        title: one.heading.text || undefined,
        node: one.below.node,
        titleNode: one.section.heading,
        why: [one.below.tag, task],
        fromBelow: true,
      }
    if (below && one.below?.asked.text) {
      const why = [one.below.tag, ...(one.below.score >= ASKS ? [] : [series?.why ?? ''])].filter(Boolean)
      const title = one.heading.text || undefined
      return {...one.below.asked, title, node: one.below.node, titleNode: one.section.heading, why, fromBelow: true}
    }
    // A comparison joins a series that asks as the member that asks it is, short as it may be.
    const joined = joins(series, one.heading.text) || (series?.asks === true && comparing(one.section) > 0)
    if (series && one.heading.text && joined && !/^\d+$/.test(one.heading.text))
      return {
        ...one.heading,
        node: one.section.heading,
        why: [...one.why.filter((tag) => tag !== 'numbered'), series.why],
      }
    const coded = tasks.get(one.section)
    if (coded && one.heading.text) return {...one.heading, node: one.section.heading, why: [coded]}
    // Under "Bill Gates Style Questions", a titled prompt ("#### Revert" over "Interview me.") asks by its place.
    if (underQuestions && one.below?.asked.text && one.below.tag === 'a prompt paragraph below' && promptsBelow)
      return {
        ...one.below.asked,
        title: one.heading.text || undefined,
        node: one.below.node,
        titleNode: one.section.heading,
        why: [one.below.tag, 'under a question label, among titles over prompts'],
        fromBelow: true,
      }
    // Under "JS Coding Questions", "## Remove a property from an object:" over its code is one more of them.
    // An introduction before the first sibling that asks is the chapter's frame, not one of its questions.
    const afterFirst =
      candidates.indexOf(one) > candidates.findIndex((c) => Math.max(c.score, c.below?.score ?? 0) >= ASKS)
    if (
      underQuestions &&
      afterFirst &&
      asking * 3 >= candidates.length &&
      one.heading.text &&
      answersItself(one.section, match)
    )
      return {...one.heading, node: one.section.heading, why: [`${UNDER_LABEL} ${asking} of ${candidates.length} ask`]}
    return undefined
  }
  for (const one of candidates) {
    if (one.chapter && !one.container && decide({...one, chapter: undefined})) chapters.set(one.section, one.chapter)
    const decided = decide(one)
    if (!decided) continue
    const {fromBelow, ...asked} = decided
    const used = fromBelow ? (one.below ?? one.prompt) : undefined
    found.set(one.section, {...asked, blocks: answerOf(one.section, isQuestion, used)})
  }
  if (!ownOnly) withAnswerPoints(candidates, found, match, isQuestion, points)
  return found
}

/** The headings between numbered questions that are points of their answers, moved into those answers. */
function withAnswerPoints(
  candidates: Candidate[],
  found: Map<RawSection, HeadingQuestion>,
  match: LabelMatcher,
  isQuestion: (section: RawSection) => boolean,
  points: Set<RawSection>,
): void {
  const run = candidates.map((one) => ({
    section: one.section,
    shape: one.shape,
    numbered: one.heading.numbered !== null,
    asks: one.score >= ASKS,
    question: found.has(one.section),
    chapter: one.container || one.chapter !== undefined || match(one.section.title) !== undefined,
  }))
  for (const [question, parts] of answerPoints(run)) {
    const asked = found.get(question)!
    for (const part of parts) {
      asked.blocks.push(part.heading, ...answerOf(part, isQuestion))
      found.delete(part)
      points.add(part)
    }
  }
}
