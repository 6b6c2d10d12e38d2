/**
 * The type sizes and fonts a PDF really uses, as pdf.js reads them: each text
 * run's transform scales the font's unit em, so its vertical scale is the size
 * in pt; and each run names its font (the embedded font's PostScript name), so
 * a character that fell back on a system font shows it.
 */
import {readFileSync} from 'node:fs'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface TextRun {
  page: number
  text: string
  size: number
  /** The embedded font's name without its subset prefix: Inter-Regular, CascadiaCode-Regular. */
  font: string
}

export async function textRuns(file: string): Promise<TextRun[]> {
  const doc = await getDocument({data: new Uint8Array(readFileSync(file)), verbosity: 0}).promise
  const runs: TextRun[] = []
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      // The operator list loads the page's fonts into commonObjs, where their names are.
      await page.getOperatorList()
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue
        const [, , c, d] = item.transform as number[]
        const font = (page.commonObjs.get(item.fontName) as {name?: string}).name ?? item.fontName
        runs.push({page: number, text: item.str, size: Math.hypot(c!, d!), font: font.replace(/^[A-Z]{6}\+/, '')})
      }
    }
  } finally {
    await doc.destroy()
  }
  return runs
}

/** The smallest text on any page, in pt, and a run set in it (to say what was too small). */
export async function smallestText(file: string): Promise<TextRun> {
  const runs = await textRuns(file)
  if (runs.length === 0) throw new Error(`${file}: no text`)
  return runs.reduce((small, run) => (run.size < small.size ? run : small))
}

/** The fonts each of `chars` is drawn in, wherever it appears. */
export function fontsOf(runs: TextRun[], chars: string[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>()
  for (const run of runs) {
    for (const char of run.text) {
      if (!chars.includes(char)) continue
      if (!found.has(char)) found.set(char, new Set())
      found.get(char)!.add(run.font)
    }
  }
  return found
}
