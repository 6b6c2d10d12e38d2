/**
 * Where a big guide may be cut into pieces that parse the same alone as
 * together: before an ATX heading at the start of a line, outside fenced
 * code. Such a heading closes every open paragraph, list and quote, so
 * nothing before it continues after it. This only picks cut points; the
 * pieces are parsed by remark like any guide.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HEADING = /^#{1,6}(?:[ \t]|$)/

export function chunkStarts(text: string, size: number): number[] {
  const starts = [0]
  let fence: string | null = null
  let offset = 0
  for (const line of text.split('\n')) {
    const opened = FENCE.exec(line)?.[1]
    if (fence === null && opened) fence = opened
    else if (fence !== null && opened && opened[0] === fence[0] && opened.length >= fence.length) fence = null
    else if (fence === null && HEADING.test(line) && offset - starts[starts.length - 1]! >= size) starts.push(offset)
    offset += line.length + 1
  }
  return starts
}
