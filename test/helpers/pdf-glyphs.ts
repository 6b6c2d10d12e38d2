/**
 * Which font each character of a PDF is drawn in, as pdf.js reads it: every
 * text run names its font (the embedded font's PostScript name, subset
 * prefix and all), so a character that fell back on a system font shows it.
 */
import {readFileSync} from 'node:fs'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface GlyphRun {
  page: number
  text: string
  /** The embedded font's name without its subset prefix: Inter-Regular, CascadiaCode-Regular. */
  font: string
}

export async function glyphRuns(file: string): Promise<GlyphRun[]> {
  const doc = await getDocument({data: new Uint8Array(readFileSync(file)), verbosity: 0}).promise
  const runs: GlyphRun[] = []
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      // The operator list loads the page's fonts into commonObjs, where their names are.
      await page.getOperatorList()
      const content = await page.getTextContent()
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue
        const font = (page.commonObjs.get(item.fontName) as {name?: string}).name ?? item.fontName
        runs.push({page: number, text: item.str, font: font.replace(/^[A-Z]{6}\+/, '')})
      }
    }
  } finally {
    await doc.destroy()
  }
  return runs
}

/** The fonts each of `chars` is drawn in, wherever it appears. */
export function fontsOf(runs: GlyphRun[], chars: string[]): Map<string, Set<string>> {
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
