/**
 * The type sizes a PDF really uses, as pdf.js reads them: each text run's
 * transform scales the font's unit em, so its vertical scale is the size in pt.
 */
import {readFileSync} from 'node:fs'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface TextRun {
  page: number
  text: string
  size: number
}

export async function textRuns(file: string): Promise<TextRun[]> {
  const doc = await getDocument({data: new Uint8Array(readFileSync(file)), verbosity: 0}).promise
  const runs: TextRun[] = []
  try {
    for (let page = 1; page <= doc.numPages; page++) {
      const content = await (await doc.getPage(page)).getTextContent()
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue
        const [, , c, d] = item.transform as number[]
        runs.push({page, text: item.str, size: Math.hypot(c!, d!)})
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
