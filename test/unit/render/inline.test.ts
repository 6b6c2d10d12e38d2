import {describe, expect, it} from 'vitest'
import {codePointsOf, usedFontFaces} from '../../../src/render/inline.js'

describe('codePointsOf', () => {
  it('gives each character once, by code point, astral ones whole', () => {
    expect([...codePointsOf('abba → 𝔼[x] 😀😀')].sort((a, b) => a - b)).toEqual(
      [0x20, 0x5b, 0x5d, 0x61, 0x62, 0x78, 0x2192, 0x1d53c, 0x1f600].sort((a, b) => a - b),
    )
  })

  it('keeps a lone surrogate as the character it is', () => {
    expect([...codePointsOf('a\ud800b')]).toEqual([0x61, 0xd800, 0x62])
  })

  it('is empty for an empty text', () => {
    expect(codePointsOf('').size).toBe(0)
  })
})

describe('usedFontFaces', () => {
  const css = [
    '@font-face{font-family:A;src:url(a.woff2) format("woff2"), url(a.woff) format("woff");unicode-range:U+0000-00FF}',
    '@font-face{font-family:G;src:url(g.woff2);unicode-range:U+0370-03FF}',
    'p{color:red}',
  ].join('\n')

  it('keeps the faces whose range the text uses, with their first source, and every other rule', () => {
    const out = usedFontFaces(css, codePointsOf('plain text'))
    expect(out).toContain('url(a.woff2)')
    expect(out).not.toContain('url(a.woff)')
    expect(out).not.toContain('g.woff2')
    expect(out).toContain('p{color:red}')
  })

  it('keeps a face as soon as one character is in its range', () => {
    expect(usedFontFaces(css, codePointsOf('x = α'))).toContain('g.woff2')
  })
})
