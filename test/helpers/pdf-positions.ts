/** Where text sits on the pages of a PDF, in millimetres from the top left, as pdf.js reads it. */
import {readFileSync} from 'node:fs'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface TextBox {
  text: string
  /** Left, right and baseline, in mm from the page's top left corner. */
  left: number
  right: number
  baseline: number
  /** Font size in points. */
  size: number
}

export interface PositionedPage {
  width: number
  height: number
  items: TextBox[]
}

const MM_PER_POINT = 25.4 / 72

export async function textPositions(file: string): Promise<PositionedPage[]> {
  const doc = await getDocument({data: new Uint8Array(readFileSync(file)), verbosity: 0}).promise
  const pages: PositionedPage[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const items = content.items.flatMap((item) => {
      if (!('str' in item) || item.str.trim() === '') return []
      const [a, b, , , e, f] = item.transform as number[]
      return [
        {
          text: item.str,
          left: e! * MM_PER_POINT,
          right: (e! + item.width) * MM_PER_POINT,
          baseline: (height - f!) * MM_PER_POINT,
          size: Math.hypot(a!, b!),
        },
      ]
    })
    pages.push({width: width * MM_PER_POINT, height: height * MM_PER_POINT, items})
  }
  await doc.destroy()
  return pages
}
