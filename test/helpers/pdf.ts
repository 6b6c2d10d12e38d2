/** Read a PDF the way a user's viewer would: its pages' text, its bookmarks, its fonts. */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {readOutline, type OutlineEntry} from '../../src/browser/outline.js'

export interface PdfFacts {
  pages: string[]
  outline: OutlineEntry[]
}

export async function readPdf(file: string): Promise<PdfFacts> {
  const data = new Uint8Array(readFileSync(file))
  const doc = await getDocument({data: new Uint8Array(data), verbosity: 0}).promise
  const pages: string[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    const content = await (await doc.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  await doc.destroy()
  return {pages, outline: (await readOutline(data)).entries}
}

export interface FontRow {
  name: string
  type: string
  embedded: boolean
}

/** poppler's pdffonts, as a user checking a PDF would run it. */
export function pdfFonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], {encoding: 'utf8'}).trim().split('\n').slice(2)
  return lines.map((line) => {
    const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(line)
    if (!match) throw new Error(`cannot read pdffonts line: ${line}`)
    return {name: match[1]!, type: match[2]!, embedded: match[4] === 'yes'}
  })
}
