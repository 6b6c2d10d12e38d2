/**
 * The HTML of a note's field, made from the printed cards' HTML: local
 * images become bare media file names (the package carries the files; Anki
 * loads nothing else). Code comes highlighted as in the PDFs (render/html.ts,
 * rehype-highlight's hljs-* classes, which the note type's CSS colours), and
 * math is already TeX between \( \) and \[ \] (texMath), which Anki's MathJax
 * typesets.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

/** The images of a deck: each local file once, under a bare name unique in the package. */
export class MediaNames {
  readonly byFile = new Map<string, string>()
  private readonly taken = new Set<string>()

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name)
  }

  nameOf(file: string): string {
    let name = this.byFile.get(file)
    if (name) return name
    const ext = path.extname(file)
    // No leading underscore: Anki keeps such files even when no note uses them (they are ours, the fonts).
    const stem =
      path
        .basename(file, ext)
        .replace(/[^\p{L}\p{N}._-]+/gu, '-')
        .replace(/^[_.-]+/, '') || 'image'
    name = `${stem}${ext.toLowerCase()}`
    for (let n = 2; this.taken.has(name); n++) name = `${stem}-${n}${ext.toLowerCase()}`
    this.taken.add(name)
    this.byFile.set(file, name)
    return name
  }
}

/** Local images → their media names; the deck's names come with each file (`file.data.media`). */
function rehypeMedia() {
  return (tree: Root, file: {data: Record<string, unknown>}) => {
    const media = file.data.media as MediaNames
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return
      const src = String(node.properties.src ?? '')
      if (src.startsWith('file:')) node.properties.src = media.nameOf(fileURLToPath(src))
    })
  }
}

const processor = unified().use(rehypeParse, {fragment: true}).use(rehypeMedia).use(rehypeStringify).freeze()

export function noteHtml(html: string, media: MediaNames): string {
  return String(processor.processSync({value: html, data: {media}}))
}
