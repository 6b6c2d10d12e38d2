/**
 * The bundled faces cover what guides draw with: every box-drawing character
 * and block element (trees, bars), from a monospace face set to the advance
 * of the code font, so the glyph check never sends them to a system font.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {uncoveredCharacters} from '../../../src/render/glyphs.js'
import {assets} from '../../../src/render/template.js'

const block = (from: number, to: number) =>
  Array.from({length: to - from + 1}, (_, index) => String.fromCodePoint(from + index)).join('')

describe('bundled glyphs', () => {
  it('covers all of box drawing (U+2500–257F) and block elements (U+2580–259F)', () => {
    expect(uncoveredCharacters(block(0x2500, 0x259f))).toEqual([])
  })

  it('takes box drawing from a font file of the bundle, scaled to the code font, in a regular and a bold weight', () => {
    const faces = assets()
      .fontFaces.split('\n')
      .filter((face) => face.includes("'Studypack Box'"))
    expect(faces).toHaveLength(2)
    for (const face of faces) {
      expect(face).toContain('size-adjust: 102.4%')
      expect(face).toContain('unicode-range: U+2500-259F')
      const file = /url\("([^"]+)"\)/.exec(face)![1]!
      expect(file).toMatch(/cascadia-code-symbols2-(400|700)-normal\.woff2$/)
      // A woff2 file, readable where the page loads it from.
      expect(readFileSync(fileURLToPath(file)).subarray(0, 4).toString('latin1')).toBe('wOF2')
    }
  })

  it('still names what no bundled face has', () => {
    expect(uncoveredCharacters('漢 ├ →')).toEqual(['漢'])
  })
})
