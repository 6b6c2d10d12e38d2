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

/** Gives each unanswered question that restates one answered above it in its file that one's answer. */
export function withRestatedAnswers(sections: Section[]): void {
  const byFile = new Map<string, Question[]>()
  eachSection(sections, (section) => {
    for (const question of section.questions)
      byFile.set(question.position.file, [...(byFile.get(question.position.file) ?? []), question])
  })
  for (const questions of byFile.values()) {
    const words = new Map(questions.map((question) => [question, wordsOf(question.text)]))
    for (const recap of questions) {
      const own = words.get(recap)!
      if (recap.answer !== null || recap.elsewhere || own.size < MIN_WORDS) continue
      const sources = questions.filter((earlier) => {
        const theirs = words.get(earlier)!
        return (
          earlier.answer !== null &&
          earlier.position.line < recap.position.line &&
          theirs.size <= own.size + SLACK &&
          holds(theirs, own)
        )
      })
      const [source, ...more] = sources
      if (!source || more.length > 0) continue
      recap.answer = [...source.answer!]
      recap.answerFrom = 'guide'
      recap.why = [
        ...(recap.why ?? []),
        `restates "${source.text.slice(0, 60)}" (line ${source.position.line}): its answer`,
      ]
    }
  }
}
