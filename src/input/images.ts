/**
 * The guide's local images, checked when the guide is read: one whose real
 * path is outside the content folder, or that is not a regular file, prints
 * as its alt text (render/html.ts) and is named here in a warning, once.
 * Missing images stay quiet, as before: the alt text says enough.
 */
import path from 'node:path'
import type {Root} from 'mdast'
import {warning, type Message} from '../core/messages.js'
import {RefusedFileError, resolveFile} from './read.js'

const REMOTE = /^(?:[a-z][a-z\d+.-]*:)?\/\//i
const SCHEME = /^[a-z][a-z\d+.-]*:/i
const HTML_IMG = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi

function decode(href: string): string {
  try {
    return decodeURI(href)
  } catch {
    return href
  }
}

interface Found {
  url: string
  line?: number
  column?: number
}

/** Image URLs of a tree, markdown and raw HTML alike, walked without recursion. */
function imageUrls(root: Root): Found[] {
  const found: Found[] = []
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as {
      type: string
      url?: string
      value?: string
      children?: unknown[]
      position?: {start: {line: number; column: number}}
    }
    const at = {line: node.position?.start.line, column: node.position?.start.column}
    if (node.type === 'image' && node.url) found.push({url: node.url, ...at})
    if (node.type === 'html' && node.value) {
      for (const match of node.value.matchAll(HTML_IMG))
        found.push({url: match[1] ?? match[2] ?? match[3] ?? '', ...at})
    }
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return found
}

export function imageWarnings(root: Root, file: string, folder: string): Message[] {
  const warnings: Message[] = []
  for (const image of imageUrls(root)) {
    if (!image.url || REMOTE.test(image.url) || SCHEME.test(image.url)) continue
    try {
      resolveFile(path.resolve(folder, decode(image.url)), {folders: [folder], name: image.url})
    } catch (error) {
      if (!(error instanceof RefusedFileError)) continue
      warnings.push(
        warning(`image "${image.url}" refused: ${error.reason}; it prints as its alt text`, 'refused-file', {
          file,
          line: image.line,
          column: image.column,
        }),
      )
    }
  }
  return warnings
}
