/** The type sizes a fitted document tries, largest first: one ladder shape for every document. */
export function typeSizes(largest: number, smallest: number, step: number): number[] {
  const count = Math.round((largest - smallest) / step) + 1
  return Array.from({length: count}, (_, index) => Math.round((largest - index * step) * 100) / 100)
}
