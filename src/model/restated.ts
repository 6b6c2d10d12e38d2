/**
 * Questions restated. A file that asks and answers its questions often closes
 * with a recap list that names some of them again, shorter and unanswered:
 * "Difference between X and Y" after "What is the difference between X and
 * Y?", "Subquery vs CTE" after "When should you use a CTE vs a subquery?".
 * Such a card takes the answer of the one question above it in the file whose
 * words hold all of its own and not many more. A recap line that names more
 * than any one question above ("Keys: primary vs foreign vs unique") stays
 * unanswered.
 */
import {eachSection} from './walk.js'
import {normalizeQuestion} from './text.js'
import type {Question, Section} from './types.js'

/** Words that frame a question rather than say what it is about. */
const FRAME = new Set(
  'a an the of and or in on to for with by at is are was be do does did you your we i it its their this that these those what how why when which who whom can could should would will vs versus between give example examples explain describe define use used using'.split(
    ' ',
  ),
)

/** Fewer words of its own than this and a line names too little to be told apart from its neighbours. */
const MIN_WORDS = 2

/** How many more words the question above may have: "… in SQL?", "… in a table?". */
const SLACK = 2

/** "differences" and "different", "records" and "record": one word each. */
const stem = (word: string) => (word.length > 4 ? word.replace(/(?:ence|ent)s?$/, '').replace(/s$/, '') : word)

function wordsOf(text: string): Set<string> {
  return new Set(
    normalizeQuestion(text)
      .split(/[\s-]+/)
      // Numbers say what an expression computes, not what a question is about ("0.1 + 0.2").
      .filter((word) => /\p{L}/u.test(word) && !FRAME.has(word))
      .map(stem),
  )
}

const holds = (outer: Set<string>, inner: Set<string>) => [...inner].every((word) => outer.has(word))

/** A file's questions that the guide answers, by each of their words: where a recap line looks for its source. */
function answeredByWord(questions: Question[], words: Map<Question, Set<string>>): Map<string, Question[]> {
  const index = new Map<string, Question[]>()
  for (const question of questions) {
    if (question.answer === null) continue
    for (const word of words.get(question)!) {
      const list = index.get(word)
      if (list) list.push(question)
      else index.set(word, [question])
    }
  }
  return index
}

/** The one answered question above a recap line whose words hold all of the line's, if there is just one. */
function sourceOf(recap: Question, words: Map<Question, Set<string>>, index: Map<string, Question[]>) {
  const own = words.get(recap)!
  // Every source holds the line's rarest word: only the questions that do are looked at.
  const postings = [...own].map((word) => index.get(word) ?? [])
  const rarest = postings.reduce((least, list) => (list.length < least.length ? list : least))
  const sources = rarest.filter((earlier) => {
    const theirs = words.get(earlier)!
    return earlier.position.line < recap.position.line && theirs.size <= own.size + SLACK && holds(theirs, own)
  })
  return sources.length === 1 ? sources[0] : undefined
}

/** Gives each unanswered question that restates one answered above it in its file that one's answer. */
export function withRestatedAnswers(sections: Section[]): void {
  const byFile = new Map<string, Question[]>()
  eachSection(sections, (section) => {
    for (const question of section.questions) {
      const list = byFile.get(question.position.file)
      if (list) list.push(question)
      else byFile.set(question.position.file, [question])
    }
  })
  for (const questions of byFile.values()) {
    const words = new Map(questions.map((question) => [question, wordsOf(question.text)]))
    // Sources are what the guide itself answers, not lines this pass has just answered.
    const index = answeredByWord(questions, words)
    for (const recap of questions) {
      if (recap.answer !== null || recap.elsewhere || words.get(recap)!.size < MIN_WORDS) continue
      const source = sourceOf(recap, words, index)
      if (!source) continue
      recap.answer = [...source.answer!]
      recap.answerFrom = 'guide'
      recap.why = [
        ...(recap.why ?? []),
        `restates "${source.text.slice(0, 60)}" (line ${source.position.line}): its answer`,
      ]
    }
  }
}
