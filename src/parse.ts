/**
 * Stage 1: markdown text → mdast. The syntax tree is the only truth the later
 * stages read; nothing downstream looks at the raw markdown again.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkInlineLinks from 'remark-inline-links'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

// `$…$` and `$$…$$` are math. Reference-style links are resolved here, so each
// section can be rendered on its own.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMath)
  .use(remarkInlineLinks)

export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root
}
