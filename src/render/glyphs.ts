/**
 * Which characters of a guide the bundled fonts cannot draw. Chrome then
 * falls back on whatever system font has them, or prints a box; either way
 * the user is told which characters, before printing.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {inRanges, unicodeRanges, type CodeRange} from './unicode-range.js'
import {assets} from './template.js'
import {warning, type Message} from '../core/messages.js'

/** The unicode-range of every @font-face in the bundled font stylesheets. */
function coveredRanges(): CodeRange[] {
  const {fonts, fontFaces} = assets()
  const stylesheets = [...fonts.map((url) => readFileSync(fileURLToPath(url), 'utf8')), fontFaces]
  return stylesheets.flatMap((css) =>
    [...css.matchAll(/unicode-range:\s*([^;}]+)/g)].flatMap((match) => unicodeRanges(match[1]!)),
  )
}

/** Stylesheets without a unicode-range (KaTeX) cover only their math; text needs the ranges above. */
export function uncoveredCharacters(text: string, ranges: CodeRange[] = coveredRanges()): string[] {
  const missing = new Set<string>()
  for (const char of text) {
    const point = char.codePointAt(0)!
    if (
      point < 0x20 ||
      /\s/u.test(char) ||
      point === 0xfffd ||
      (point >= 0xfe00 && point <= 0xfe0f) ||
      point === 0x200d
    )
      continue
    if (!inRanges(point, ranges)) missing.add(char)
  }
  return [...missing]
}

export function glyphWarning(files: Array<{name: string; text: string}>): Message | null {
  const ranges = coveredRanges()
  const missing = [...new Set(files.flatMap((file) => uncoveredCharacters(file.text, ranges)))]
  if (missing.length === 0) return null
  const sample = missing.slice(0, 12).join(' ')
  const count = missing.length === 1 ? '1 character of the guide is' : `${missing.length} characters of the guide are`
  return warning(
    `${count} not in studypack's fonts (${sample}${missing.length > 12 ? ' …' : ''}): they print with a system font that has them (for example Noto: fonts-noto-cjk), or as empty boxes`,
    'missing-glyphs',
  )
}
