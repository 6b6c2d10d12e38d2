/**
 * Bold that shows its markers. A guide pasted from elsewhere may escape the
 * asterisks of a bold run ("\*\*What is X?\*\*"), so that markdown reads them
 * as text and the line shows "**What is X?**". Among items that open with
 * bold, such an opening is the same bold, written another way: its text, up
 * to the closing pair on its first line, is the bold, the rest follows it.
 */
import type {Paragraph, PhrasingContent} from 'mdast'

const LITERAL_BOLD = /^\*\*([^*\n]+?)\*\*/

/** The bold a paragraph opens with as literal "**…**" text, and what follows it; undefined when it does not. */
export function literalBold(lead: Paragraph): {bold: PhrasingContent[]; rest: PhrasingContent[]} | undefined {
  const [first, ...more] = lead.children
  if (first?.type !== 'text') return undefined
  const found = LITERAL_BOLD.exec(first.value)
  if (!found?.[1]?.trim()) return undefined
  const after = first.value.slice(found[0].length)
  const bold: PhrasingContent[] = [{type: 'text', value: found[1]}]
  return {bold, rest: after ? [{...first, value: after}, ...more] : more}
}
