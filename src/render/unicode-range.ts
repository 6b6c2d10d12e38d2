/** CSS `unicode-range` values, as @font-face rules state which characters a font file covers. */
export type CodeRange = [number, number]

/** "U+0000-00FF,U+0131,U+4??" → ranges of code points. */
export function unicodeRanges(value: string): CodeRange[] {
  return value.split(',').map((part) => {
    const [low, high] = part.trim().replace(/^U\+/i, '').split('-')
    return [parseInt(low!.replace(/\?/g, '0'), 16), parseInt((high ?? low!).replace(/\?/g, 'F'), 16)]
  })
}

export const inRanges = (point: number, ranges: CodeRange[]) =>
  ranges.some(([from, to]) => point >= from && point <= to)
