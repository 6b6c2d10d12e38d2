/**
 * A printed document's HTML → one self-contained file to read on screen or
 * print from any browser: stylesheets, fonts and images inlined as data: URLs,
 * no script, nothing fetched. Font faces for scripts the document does not
 * use are left out, which keeps a file to a few hundred kilobytes.
 */
import {readFile} from 'node:fs/promises'
import mime from 'mime-types'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {visit, SKIP} from 'unist-util-visit'
import {cssUrls, rewriteCssUrls} from './css-urls.js'
import {inRanges, unicodeRanges, type CodeRange} from './unicode-range.js'

/** A file's bytes as a data: URL, its type from its name. */
export const toDataUrl = (file: string, bytes: Buffer) =>
  `data:${mime.lookup(file) || 'application/octet-stream'};base64,${bytes.toString('base64')}`

/**
 * Every character of a text, by code point: what decides which font faces it
 * needs. A page's HTML runs to megabytes of a few hundred distinct
 * characters, so each is added to the set once (the table remembers which of
 * the basic plane are in already).
 */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>()
  const seen = new Uint8Array(0x10000)
  for (let index = 0; index < text.length; index++) {
    const point = text.codePointAt(index)!
    if (point > 0xffff) {
      index++
      points.add(point)
    } else if (!seen[point]) {
      seen[point] = 1
      points.add(point)
    }
  }
  return points
}

function dataUrl(file: string, encoded: Map<string, Promise<string>>): Promise<string> {
  let url = encoded.get(file)
  if (!url) {
    url = readFile(file).then((bytes) => toDataUrl(file, bytes))
    // A file that could not be read may be there next time (--watch).
    url.catch(() => encoded.delete(file))
    encoded.set(file, url)
  }
  return url
}

function usesRange(codePoints: Set<number>, ranges: CodeRange[]): boolean {
  for (const point of codePoints) if (inRanges(point, ranges)) return true
  return false
}

/** One @font-face: kept only if the document has a character in its range; only its first source. */
function fontFace(block: string, codePoints: Set<number>): string | null {
  const range = /unicode-range:\s*([^;}]+)/i.exec(block)
  if (range && !usesRange(codePoints, unicodeRanges(range[1]!))) return null
  return block.replace(
    /src:\s*([^;}]+)/i,
    (_whole, sources: string) => `src: ${sources.split(/,(?=\s*url\()/)[0]!.trim()}`,
  )
}

/** The @font-face rules of `css` that the code points need (see fontFace); every other rule as it is. */
export const usedFontFaces = (css: string, codePoints: Set<number>) =>
  css.replace(/@font-face\s*{[^}]*}/g, (block) => fontFace(block, codePoints) ?? '')

async function inlineCss(
  cssFile: string,
  codePoints: Set<number>,
  encoded: Map<string, Promise<string>>,
): Promise<string> {
  return inlineCssText(await readFile(cssFile, 'utf8'), cssFile, codePoints, encoded)
}

/** `cssFile`: where the CSS's relative urls start (absolute file: urls need none). */
async function inlineCssText(
  text: string,
  cssFile: string,
  codePoints: Set<number>,
  encoded: Map<string, Promise<string>>,
): Promise<string> {
  const css = usedFontFaces(text, codePoints)
  const urls = cssUrls(css)
  const inlined = new Map<string, string>()
  for (const url of urls) {
    inlined.set(
      url,
      await dataUrl(
        url.startsWith('file:') ? fileURLToPath(url) : path.resolve(path.dirname(cssFile), url.split(/[?#]/)[0]!),
        encoded,
      ).catch(() => 'data:,'),
    )
  }
  return rewriteCssUrls(css, (url) => inlined.get(url) ?? null)
}

function localFile(url: unknown): string | null {
  return typeof url === 'string' && url.startsWith('file:') ? fileURLToPath(url) : null
}

/** `encoded`: the run's files already read and encoded, by path (fonts recur in every document). */
export async function selfContained(html: string, encoded: Map<string, Promise<string>>): Promise<string> {
  const codePoints = codePointsOf(html)
  const usesMath = html.includes('class="katex')
  const tree = unified().use(rehypeParse).parse(html) as Root
  const jobs: Array<Promise<void>> = []
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'script' && parent && index !== undefined) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    const href = localFile(node.properties.href)
    if (node.tagName === 'link' && href) {
      const skip = !usesMath && href.includes(`${path.sep}katex${path.sep}`)
      jobs.push(
        (skip ? Promise.resolve('') : inlineCss(href, codePoints, encoded)).then((css) => {
          Object.assign(node, {tagName: 'style', properties: {}, children: [{type: 'text', value: css}]})
        }),
      )
    }
    const text = node.children[0]
    if (node.tagName === 'style' && text?.type === 'text' && text.value.includes('url("file:')) {
      // The head's own @font-face rules (render/template.ts) name their files by absolute URL.
      jobs.push(inlineCssText(text.value, '', codePoints, encoded).then((css) => void (text.value = css)))
    }
    const src = localFile(node.properties.src)
    if (node.tagName === 'img' && src) jobs.push(dataUrl(src, encoded).then((url) => void (node.properties.src = url)))
    return undefined
  })
  await Promise.all(jobs)
  return unified().use(rehypeStringify).stringify(tree)
}
