/**
 * Read the PDF's own bookmarks back: Chrome writes one per heading with the
 * page it landed on. That is how the table of contents learns its page
 * numbers, since Chrome has no CSS target-counter().
 */
import {importLate} from '../core/late-import.js'

export interface OutlineEntry {
  title: string
  /** 1-based page number. */
  page: number
  depth: number
}

interface PdfOutlineItem {
  title: string
  dest: string | unknown[] | null
  items: PdfOutlineItem[]
}

export interface Outline {
  entries: OutlineEntry[]
  pageCount: number
}

/** pdf.js imports this itself, by the same URL, so a module already loaded is not loaded again. */
const WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs'

/**
 * pdf.js loads itself and its worker (run in-process in Node) on first use,
 * about a quarter of a second: the printer starts it while Chromium starts.
 * Node keeps a module it has loaded, so later calls cost nothing.
 */
export async function loadPdfReader(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const [reader] = await Promise.all([
    importLate<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>('pdfjs-dist/legacy/build/pdf.mjs'),
    importLate(WORKER),
  ])
  return reader
}

export async function readOutline(pdf: Uint8Array): Promise<Outline> {
  const {getDocument} = await loadPdfReader()
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const doc = await getDocument({data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false}).promise
  try {
    const entries: OutlineEntry[] = []
    const walk = async (items: PdfOutlineItem[], depth: number): Promise<void> => {
      for (const item of items) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest
        const ref = Array.isArray(dest) ? dest[0] : null
        if (ref && typeof ref === 'object') {
          entries.push({
            title: item.title,
            page: (await doc.getPageIndex(ref as {num: number; gen: number})) + 1,
            depth,
          })
        }
        await walk(item.items, depth + 1)
      }
    }
    await walk(((await doc.getOutline()) ?? []) as PdfOutlineItem[], 0)
    return {entries, pageCount: doc.numPages}
  } finally {
    await doc.destroy()
  }
}

/** How many pages a PDF has: for documents fitted to a page budget. */
export async function pageCount(pdf: Uint8Array): Promise<number> {
  const {getDocument} = await loadPdfReader()
  const doc = await getDocument({data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false}).promise
  try {
    return doc.numPages
  } finally {
    await doc.destroy()
  }
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * Pair headings (in document order) with outline entries (in the same order)
 * by title, skipping outline entries no heading accounts for. A heading whose
 * bookmark title differs from its plain text (typeset math, say) takes the
 * page of the next unmatched entry, when the counts leave no doubt.
 */
export function pagesOf(headings: Array<{slug: string; title: string}>, outline: OutlineEntry[]): Map<string, number> {
  const pages = new Map<string, number>()
  // Chrome's bookmarks are the guide's title, then one per heading, in order.
  const byPosition = outline.length === headings.length + 1 ? outline.slice(1) : null
  let cursor = 0
  headings.forEach((heading, index) => {
    const at = outline.findIndex((entry, position) => position >= cursor && fold(entry.title) === fold(heading.title))
    if (at !== -1) {
      pages.set(heading.slug, outline[at]!.page)
      cursor = at + 1
    } else if (byPosition?.[index]) {
      pages.set(heading.slug, byPosition[index]!.page)
    }
  })
  return pages
}
