/**
 * Temp folders that must go even when studypack itself is killed (-9), which
 * runs no clean-up of ours. A small detached process holds a pipe from us;
 * when the pipe closes (we exited, however) it waits a moment for the browser
 * to exit too and removes whatever folders we had not removed ourselves. It
 * removes only folders it was told of, inside the system temp folder, named
 * studypack-*.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

const SCRIPT = `
  const {rmSync} = require('node:fs')
  const path = require('node:path')
  const [tmp] = process.argv.slice(1)
  const folders = new Set()
  let rest = ''
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (chunk) => {
    const lines = (rest + chunk).split('\\n')
    rest = lines.pop()
    for (const line of lines) {
      const folder = line.slice(1)
      const safe = path.dirname(folder) === tmp && path.basename(folder).startsWith('studypack-')
      if (line[0] === '+' && safe) folders.add(folder)
      if (line[0] === '-') folders.delete(folder)
    }
  })
  process.stdin.on('close', () => {
    if (folders.size === 0) return
    setTimeout(() => {
      for (const folder of folders) try { rmSync(folder, {recursive: true, force: true, maxRetries: 5}) } catch {}
    }, 1500)
  })
`

export interface Reaper {
  /** Have `folder` removed if we die before removing it; the returned function says we did. */
  watch(folder: string): () => void
  /** The run is over and its folders are gone: the watcher may exit. */
  close(): void
}

/** One watcher for a run (see withPrinter); it costs one small process, started here. */
export function startReaper(): Reaper {
  let child: ChildProcess | null = null
  try {
    child = spawn(process.execPath, ['-e', SCRIPT, path.resolve(os.tmpdir())], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    })
    // Neither the process nor its pipe keeps us running.
    child.unref()
    ;(child.stdin as unknown as {unref?: () => void}).unref?.()
    child.stdin?.on('error', () => {})
  } catch {
    child = null
  }
  const say = (line: string) => void child?.stdin?.write(`${line}\n`)
  return {
    watch(folder) {
      const absolute = path.resolve(folder)
      say(`+${absolute}`)
      return () => say(`-${absolute}`)
    },
    close: () => void child?.stdin?.end(),
  }
}
