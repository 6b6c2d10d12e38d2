/**
 * What closes a file of unanswered questions. A question bank of headings
 * with nothing under them (a list to practise with) ends in its notes:
 * citations, a recap of counts. They sit under the last heading, but they
 * answer it no more than the empty sections before it were answered: when
 * every other heading question of the file is unanswered, the last one is too.
 */
import {splitAnswer} from './answer.js'
import type {Draft} from './questions.js'

/** Fewer unanswered headings than this and an answered last one may just be the one the author wrote up. */
const MIN_BANK = 5

/** Empties (in place) the answer of the last heading question of a file when all the others have none. */
export function withoutTrailer(drafts: Draft[]): void {
  const headings = drafts.filter((draft) => draft.layout === 'heading')
  const last = headings[headings.length - 1]
  const others = headings.slice(0, -1)
  const answered = (draft: Draft) => splitAnswer(draft.blocks).answer !== null
  if (!last || !answered(last) || others.length < MIN_BANK || others.some(answered)) return
  last.blocks = []
  last.why = [...(last.why ?? []), 'the notes after the last of a bank of unanswered headings are not its answer']
}
