/** A guide's YAML front matter, as data and as the text it was read from (for positions in messages). */
import {parse} from 'yaml'
import {StudypackError} from '../core/errors.js'
import type {GuideFile} from './content.js'

export interface FrontMatter {
  data: Record<string, unknown>
  /** The YAML between the `---` lines; its line 1 is the guide's line 2. */
  text: string
}

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/

export function frontMatterOf(file: GuideFile): FrontMatter | null {
  const match = BLOCK.exec(file.text)
  if (!match) return null
  let data: unknown
  try {
    // Aliases are capped and no custom tags are run: front matter is data, not a program.
    data = parse(match[1]!, {maxAliasCount: 100, customTags: [], logLevel: 'error'})
  } catch (error) {
    throw new StudypackError(`${file.name}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  return data && typeof data === 'object' && !Array.isArray(data)
    ? {data: data as Record<string, unknown>, text: match[1]!}
    : null
}
