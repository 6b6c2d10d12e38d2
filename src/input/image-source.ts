/**
 * Where an image of the guide loads from, by the one rule the renderer and
 * the checks share: only a regular file whose real path is inside the content
 * folder. A remote image, a data or other scheme, an absolute path outside the
 * folder, `../` out of it, a link that leads out of it, a folder, a pipe or a
 * missing file each print as the image's alt text.
 */
import path from 'node:path'
import {MissingFileError, RefusedFileError, resolveFile} from './read.js'

export type ImageSource =
  | {kind: 'local'; file: string}
  | {kind: 'remote' | 'empty'}
  | {kind: 'outside' | 'missing'; file: string}
  | {kind: 'refused'; file: string; reason: string}

const remote = /^(?:[a-z][a-z\d+.-]*:)?\/\//i
const hasScheme = /^[a-z][a-z\d+.-]*:/i

function decode(href: string): string {
  try {
    return decodeURI(href)
  } catch {
    return href
  }
}

export function imageSource(src: string, baseDir: string): ImageSource {
  if (!src) return {kind: 'empty'}
  if (remote.test(src) || hasScheme.test(src)) return {kind: 'remote'}
  const root = path.resolve(baseDir)
  const file = path.resolve(root, decode(src))
  if (file !== root && !file.startsWith(root + path.sep)) return {kind: 'outside', file}
  try {
    // Its real path: a link inside the folder to a file outside it is refused like the file itself.
    return {kind: 'local', file: resolveFile(file, {folders: [root], name: src}).real}
  } catch (error) {
    if (error instanceof MissingFileError) return {kind: 'missing', file}
    if (error instanceof RefusedFileError) return {kind: 'refused', file, reason: error.reason}
    return {kind: 'missing', file}
  }
}
