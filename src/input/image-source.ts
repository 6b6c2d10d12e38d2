/**
 * Where an image of the guide loads from, by the one rule the renderer and
 * the checks share: only a file inside the content folder that exists. A
 * remote image, a data or other scheme, an absolute path outside the folder,
 * `../` out of it, or a missing file each print as the image's alt text.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'

export type ImageSource =
  | {kind: 'local'; file: string}
  | {kind: 'remote' | 'empty'}
  | {kind: 'outside' | 'missing'; file: string}

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
  return existsSync(file) ? {kind: 'local', file} : {kind: 'missing', file}
}
