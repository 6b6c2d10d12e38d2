/**
 * Answers written in the code itself. A what-is-the-output question is often
 * one fence whose last lines are a comment that gives the answer
 * ("// answer: 3", "# Output:" over the printed lines). That comment is the
 * answer and the rest of the fence is what the question shows: the card's
 * front keeps the code without the comment that would give it away. A fence
 * shown by a question that asks what code gives (its output, what it
 * returns), whose lines carry their results as trailing comments
 * ("log(x); // 5") and nothing after it answers, is answered by itself: the
 * front shows the code without those comments, the back shows it whole.
 */
import type {Code, RootContent} from 'mdast'
import type {ShownSplit} from './shown.js'

/** A comment line: "// text", "# text", "-- text". */
const COMMENT = /^\s*(?:\/\/|#|--)\s?(.*)$/
/** The comment that opens the answer: "answer: …", "Output :", "Result -". */
const OPENS = /^\s*(?:the\s+)?(answer|ans|output|result|prints?|logs?)\s*[:=-]\s*(.*)$/i
/** A question that asks what code gives: only then are the comments on its lines their results, not notes. */
const ASKS_RESULT = /\b(?:outputs?|print(?:s|ed)?|log(?:s|ged)?|returns?|returned|results?|evaluates?)\b/i
/** Code that ends in a statement's close, then a comment: the comment is what the line gives. */
const RESULT = /^(.*[;)\]}])[ \t]+\/\/.*$/

/**
 * The text of an answer comment at the end of a fence, and the code before it.
 * @param marked only a comment that says "answer" counts: the fence is not yet known to be shown, and a solution's
 * closing "# Output: 5" shows what it prints, it does not answer the question.
 */
function trailingAnswer(code: Code, marked: boolean): {code: string; answer: string[]; prose: boolean} | undefined {
  const lines = code.value.replace(/\s+$/, '').split('\n')
  let start = lines.length
  while (start > 0 && COMMENT.test(lines[start - 1]!)) start--
  // The answer comment is the first of the closing run that opens like one; the comments before it are the code's.
  const opens = (line: string) => OPENS.exec(COMMENT.exec(line)![1]!)?.[1]
  const opener = lines.slice(start).findIndex((line) => {
    const word = opens(line)
    return word !== undefined && (!marked || /^ans/i.test(word))
  })
  if (opener < 0 || start === 0) return undefined
  const [first, ...rest] = lines.slice(start + opener).map((line) => COMMENT.exec(line)![1]!.trim())
  const [, word, head] = OPENS.exec(first!)!
  const answer = [head!.trim(), ...rest].filter(Boolean)
  if (answer.length === 0) return undefined
  // "answer:" says it in words, wrapped over comment lines; "output:" is over the lines printed.
  const prose = /^ans/i.test(word!)
  return {
    code: lines
      .slice(0, start + opener)
      .join('\n')
      .replace(/\s+$/, ''),
    answer,
    prose,
  }
}

/** Words answer as a paragraph; printed lines stay lines, in a fence of their own. */
function answerBlocks(lines: string[], prose: boolean, from: Code): RootContent[] {
  const position = from.position ? {position: from.position} : {}
  if (prose || lines.length === 1)
    return [{type: 'paragraph', children: [{type: 'text', value: lines.join(' ')}], ...position}]
  return [{type: 'code', lang: null, meta: null, value: lines.join('\n'), ...position}]
}

const isFence = (block: RootContent | undefined): block is Code => block?.type === 'code'

/** The code without the results its lines carry, when a line carries one. */
function withoutResults(code: Code): Code | undefined {
  const lines = code.value.split('\n')
  if (!lines.some((line) => RESULT.test(line))) return undefined
  return {...code, value: lines.map((line) => RESULT.exec(line)?.[1] ?? line).join('\n')}
}

/**
 * A draft's split between what it shows and its answer, with the answer its
 * code comments give. `split` is what shown.ts decided for the draft.
 */
export function answerInCode(
  split: ShownSplit | undefined,
  {text, blocks}: {text: string; blocks: RootContent[]},
): ShownSplit | undefined {
  const shown = split?.shown ?? []
  const rest = split?.blocks ?? blocks
  const last = split ? shown[shown.length - 1] : rest.length === 1 ? rest[0] : undefined
  if (!isFence(last) || (split && rest.length > 0)) return split
  const found = trailingAnswer(last, !split)
  const shows = split ? `${split.why}; ` : 'shows its code; '
  if (found) {
    const code = {...last, value: found.code}
    const before = split ? shown.slice(0, -1) : []
    const why = `${shows}the comment that closes the code is the answer`
    return {shown: [...before, code], blocks: answerBlocks(found.answer, found.prose, last), why}
  }
  const bare = split && ASKS_RESULT.test(text) && withoutResults(last)
  if (!bare) return split
  return {shown: [...shown.slice(0, -1), bare], blocks: [last], why: `${shows}the code carries its results`}
}
