/**
 * A question a file lists in one layout and asks again in another is one
 * question. Guides list their questions up front and ask them again with
 * their answers below, or repeat a table of problems as headings: the card is
 * made once, from the occurrence that carries an answer, else from the first
 * (with the link to the answer another occurrence gives).
 * The same words in the same layout ("What's the output?" over different
 * code) are different questions.
 */
import {eachSection} from './walk.js'
import {normalizeQuestion} from './text.js'
import type {Question, Section} from './types.js'

export function withoutRepeats(sections: Section[]): void {
  const byText = new Map<string, Question[]>()
  eachSection(sections, (section) => {
    for (const question of section.questions) {
      const key = `${question.position.file}\n${normalizeQuestion(question.text)}`
      byText.set(key, [...(byText.get(key) ?? []), question])
    }
  })
  const dropped = new Set<Question>()
  for (const same of byText.values()) {
    if (same.length < 2 || new Set(same.map((question) => question.layout)).size < same.length) continue
    const kept = same.find((question) => question.answer !== null) ?? same[0]!
    for (const question of same) if (question !== kept) dropped.add(question)
    // The table row kept, the heading that repeats it pointing to the solution: the card keeps the pointer.
    const pointer = same.find((question) => question.elsewhere)?.elsewhere
    if (kept.answer === null && !kept.elsewhere && pointer) kept.elsewhere = pointer
    kept.why = [...(kept.why ?? []), `asked ${same.length} times in the file: this one kept`]
  }
  if (dropped.size === 0) return
  eachSection(sections, (section) => {
    section.questions = section.questions.filter((question) => !dropped.has(question))
  })
}
