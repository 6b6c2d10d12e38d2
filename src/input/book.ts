/**
 * A guide that is a whole book: markdown files in sub-folders, read in the
 * order of the book's own table of contents (`SUMMARY.md` of GitBook and
 * mdBook, `_sidebar.md` of docsify) when it has one, else by path. The table
 * of contents itself is navigation, not a chapter.
 */
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'

const isMarkdown = (name: string) => /\.(md|markdown|mdown|mkd)$/i.test(name)

/** Tables of contents, in the order they are looked for; mdBook keeps its SUMMARY in src/. */
const TOC_FILES = ['SUMMARY.md', 'src/SUMMARY.md', '_sidebar.md', 'sidebar.md', 'docs/_sidebar.md', 'docs/SUMMARY.md']

/** Folders that are never chapters: tooling, build output, dependencies. */
const SKIP_DIR = /^(\.|_book$|node_modules$|book$|site$|dist$)/

/** A book has at most this many files and this many folder levels read: a guide, not a disk. */
const MAX_FILES = 2000
const MAX_DEPTH = 8

const byPath = (a: string, b: string) => {
  const [da, db] = [path.posix.dirname(a), path.posix.dirname(b)]
  if (da !== db) return a.localeCompare(b, 'en', {numeric: true})
  // A folder's README is its front page.
  const readme = (name: string) => (/^readme\.md$/i.test(path.posix.basename(name)) ? 0 : 1)
  return readme(a) - readme(b) || a.localeCompare(b, 'en', {numeric: true})
}

/** Every markdown file under `folder`, relative (with `/`), by path. */
async function markdownFiles(folder: string, skip: (name: string) => boolean = () => false): Promise<string[]> {
  const found: string[] = []
  async function walk(dir: string, depth: number): Promise<void> {
    const entries = await readdir(path.join(folder, dir), {withFileTypes: true}).catch(() => [])
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (found.length >= MAX_FILES) return
      const name = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory() && depth < MAX_DEPTH && !SKIP_DIR.test(entry.name)) await walk(name, depth + 1)
      else if (entry.isFile() && isMarkdown(entry.name) && !skip(name)) found.push(name)
    }
  }
  await walk('', 0)
  return found.sort(byPath)
}

/** The local markdown files a table of contents links to, in its order, relative to the book's folder. */
function tocLinks(toc: string, tocFile: string): string[] {
  const base = path.posix.dirname(tocFile)
  const links: string[] = []
  for (const match of toc.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = (match[1] ?? '').split('#')[0] ?? ''
    if (!target || /^[a-z][a-z\d+.-]*:/i.test(target)) continue
    let decoded = target
    try {
      decoded = decodeURI(target)
    } catch {}
    const joined = decoded.startsWith('/') ? decoded.slice(1) : path.posix.join(base, decoded)
    const file = path.posix.normalize(joined.endsWith('/') ? `${joined}README.md` : joined)
    if (!file.startsWith('..') && !links.includes(file)) links.push(file)
  }
  return links
}

/**
 * The chapters of the book in `folder`: those its table of contents names
 * first, in that order, then any other markdown file by path. `skip` names
 * files that are not chapters (studypack's own answer key and glossary).
 */
export async function bookChapters(folder: string, skip: (name: string) => boolean = () => false): Promise<string[]> {
  const files = await markdownFiles(folder, skip)
  const isToc = (file: string) => /^(summary|_?sidebar)\.md$/i.test(path.posix.basename(file))
  if (!files.some(isToc)) return files
  const present = new Map(files.map((file) => [file.toLowerCase(), file]))
  const tocFile = TOC_FILES.find((name) => present.has(name.toLowerCase()))
  if (!tocFile) return files
  const toc = await readFile(path.join(folder, present.get(tocFile.toLowerCase())!), 'utf8')
  const listed = tocLinks(toc, present.get(tocFile.toLowerCase())!)
    .map((file) => present.get(file.toLowerCase()))
    .filter((file): file is string => file !== undefined)
  const rest = files.filter((file) => !listed.includes(file))
  return [...new Set([...listed, ...rest])].filter((file) => !isToc(file))
}
