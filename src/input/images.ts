/**
 * The guide's images that will not print: each one the page cannot load (see
 * render/image-source.ts) is a warning at its file and line, said once per
 * build, since the renderer turns it into its alt text without a word. Remote
 * images (badges, mostly) are counted per file rather than listed.
 */
import type {Html, Image, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {type Message, warning} from '../core/messages.js'
import {imageSource} from './image-source.js'

interface Found {
  src: string
  alt: string
  line: number
  column: number
}

const IMG_TAG = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i

/** `<img src>` in raw HTML, at the line of the tag within the block. */
function htmlImages(node: Html): Found[] {
  const start = node.position?.start ?? {line: 0, column: 1}
  return [...node.value.matchAll(IMG_TAG)].map((match) => {
    const before = node.value.slice(0, match.index)
    const lines = before.split('\n')
    const alt = match[0].match(ALT)
    return {
      src: match[1] ?? match[2] ?? match[3] ?? '',
      alt: alt?.[1] ?? alt?.[2] ?? '',
      line: start.line + lines.length - 1,
      column: lines.length === 1 ? start.column + before.length : lines.at(-1)!.length + 1,
    }
  })
}

function imagesOf(root: Root): Found[] {
  const found: Found[] = []
  visit(root, (node) => {
    if (node.type === 'image') {
      const image = node as Image
      const at = image.position?.start
      found.push({src: image.url, alt: image.alt ?? '', line: at?.line ?? 0, column: at?.column ?? 1})
    } else if (node.type === 'html') found.push(...htmlImages(node as Html))
  })
  return found
}

const altOf = (image: Found) => (image.alt ? `its alt text "${image.alt}"` : 'nothing (it has no alt text)')

export function imageWarnings(documents: Array<{file: string; root: Root}>, folder: string): Message[] {
  return documents.flatMap(({file, root}) => {
    const images = imagesOf(root)
    const messages = images.flatMap((image) => {
      const source = imageSource(image.src, folder)
      const place = {file, line: image.line, column: image.column}
      if (source.kind === 'outside')
        return [
          warning(
            `image "${image.src}" is outside the guide's folder, which is all a page may read; it prints as ${altOf(image)}`,
            'image-outside',
            place,
          ),
        ]
      if (source.kind === 'missing')
        return [warning(`image "${image.src}" not found; it prints as ${altOf(image)}`, 'image-missing', place)]
      if (source.kind === 'refused')
        return [
          warning(
            `image "${image.src}" refused: ${source.reason}; it prints as ${altOf(image)}`,
            'refused-file',
            place,
          ),
        ]
      return []
    })
    const remote = images.filter((image) => imageSource(image.src, folder).kind === 'remote')
    if (remote.length > 0)
      messages.push(
        warning(
          `${remote.length} remote image${remote.length === 1 ? '' : 's'} (first "${remote[0]!.src.slice(0, 60)}") print as their alt text: studypack prints offline`,
          'image-remote',
          {file, line: remote[0]!.line, column: remote[0]!.column},
        ),
      )
    return messages
  })
}
