// npm run corpus:restore: bring the corpus guides' texts back into corpus/guides/.
// They are other people's text, so they are git-ignored and never committed; each
// entry of corpus/entries/ records only the repository, commit and files. This
// takes each file from a local bare mirror of the repository with
// `git --git-dir MIRROR show COMMIT:FILE` and writes it, byte for byte, to
// corpus/guides/<id>/<file>. A file already there with the same content is left alone.
// Options: --mirrors=DIR (where the mirrors are, default /work/.mirror: repository
// owner/name is a git dir somewhere under DIR/owner+name), --clone (no mirror:
// `git clone --bare --filter=blob:none` it into DIR/owner+name/repo.git first, needs
// the network), --force (write every file, even one that is already the same).
// Exits 1 when a mirror, commit or file is missing.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.join(root, 'corpus')
const args = process.argv.slice(2)
const flag = (name) => args.includes(`--${name}`)
const mirrors = path.resolve(args.find((arg) => arg.startsWith('--mirrors='))?.slice(10) ?? '/work/.mirror')
const say = (line) => process.stdout.write(`${line}\n`)

const entries = readdirSync(path.join(corpus, 'entries'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(corpus, 'entries', name), 'utf8')))

const homeOf = (repo) => path.join(mirrors, repo.replace('/', '+'))
const isDir = (dir) => existsSync(dir) && statSync(dir).isDirectory()
const isGitDir = (dir) => existsSync(path.join(dir, 'HEAD')) && isDir(path.join(dir, 'objects'))

/** The first git dir at or under `dir`, breadth first, at most `depth` levels down. */
function findGitDir(dir, depth = 3) {
  let level = [dir]
  for (let down = 0; down <= depth && level.length > 0; down++) {
    const found = level.find(isGitDir)
    if (found) return found
    level = level.flatMap((parent) =>
      readdirSync(parent, {withFileTypes: true})
        .filter((child) => child.isDirectory())
        .map((child) => path.join(parent, child.name))
        .sort(),
    )
  }
  return undefined
}

/** A bare clone with no blobs yet: `git show` fetches the few it needs. */
function clone(repo, home) {
  const target = path.join(home, 'repo.git')
  mkdirSync(home, {recursive: true})
  execFileSync('git', ['clone', '--bare', '--filter=blob:none', `https://github.com/${repo}`, target], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return target
}

/** The git dir for repository owner/name, cloned first with --clone when there is none. */
function mirrorOf(repo) {
  const home = homeOf(repo)
  const found = isDir(home) ? findGitDir(home) : undefined
  if (found || !flag('clone')) return found
  try {
    return clone(repo, home)
  } catch {
    return undefined
  }
}

/** The file's bytes at the commit, or undefined when the mirror does not have them. */
function show(gitDir, commit, file) {
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], {
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch {
    return undefined
  }
}

/** Write the bytes unless the same are already there; whether it wrote. */
function write(target, bytes) {
  if (!flag('force') && existsSync(target) && readFileSync(target).equals(bytes)) return false
  mkdirSync(path.dirname(target), {recursive: true})
  writeFileSync(target, bytes)
  return true
}

/** One entry's files: how many there are, written and missing. */
function restore(entry, gitDir) {
  const folder = path.join(corpus, 'guides', entry.id)
  const counts = {files: entry.files.length, written: 0, missing: []}
  for (const file of entry.files) {
    const target = path.resolve(folder, file)
    const bytes = target.startsWith(folder + path.sep) ? show(gitDir, entry.commit, file) : undefined
    if (bytes === undefined) counts.missing.push(file)
    else if (write(target, bytes)) counts.written++
  }
  return counts
}

const total = {entries: 0, files: 0, written: 0, missing: 0}
for (const entry of entries) {
  total.entries++
  const gitDir = mirrorOf(entry.repo)
  if (!gitDir) {
    say(`${entry.id}: MISSING repo ${entry.repo} (no git dir under ${homeOf(entry.repo)})`)
    total.missing += entry.files.length
    continue
  }
  const counts = restore(entry, gitDir)
  total.files += counts.files - counts.missing.length
  total.written += counts.written
  total.missing += counts.missing.length
  const line = `${entry.id}: ${counts.files - counts.missing.length} files (${counts.written} written)`
  say(counts.missing.length ? `${line}, MISSING at ${entry.commit}: ${counts.missing.join(', ')}` : line)
}
say(
  `${total.entries} entries, ${total.files} files in corpus/guides/ (${total.written} written, ${total.files - total.written} already there), ${total.missing} missing`,
)
if (total.missing > 0) process.exit(1)
