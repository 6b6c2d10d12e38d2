/**
 * What a user sees in a terminal, run under a real pty (util-linux `script`):
 * warnings that come while the bar is up stay on screen above everything
 * after them, and the summary fits a narrow terminal.
 */
import {execFile} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'
import {screenOf} from '../helpers/terminal.js'

const run = promisify(execFile)
const MAIN = path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js')
const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'terminal')
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`

/** studypack in a pty `columns` wide; what it wrote, as the terminal's bytes. */
async function inTerminal(columns: number, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const command = `stty cols ${columns} rows 40; exec ${[process.execPath, MAIN, ...args].map(quote).join(' ')}`
  const {stdout} = await run('script', ['-qfec', command, '/dev/null'], {
    env: {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm', ...env},
  })
  return stdout
}

const build = (out: string) => ['build', '--all', '--only', 'anki', '--content', FIXTURE, '-o', out]

describe('on a terminal', () => {
  it('keeps every warning above the bar and the summary, and fits the summary to 60 columns', async () => {
    const raw = await inTerminal(60, build(mkdtempSync(path.join(os.tmpdir(), 'studypack-tty-'))))
    const screen = screenOf(raw, 60)
    const warnings = screen.lines.filter((line) => line.startsWith('warning: anki: no questions for'))
    expect(warnings).toHaveLength(3)
    for (const line of warnings)
      expect(line).toMatch(/cards\.apkg, cards\.anki\.txt and cards\.csv not written \[no-questions\]$/)
    const header = screen.lines.findIndex((line) => /^pack +files +pages +size +time$/.test(line))
    expect(header).toBeGreaterThan(screen.lines.lastIndexOf(warnings.at(-1)!))
    const table = screen.rows.slice(screen.rows.indexOf(screen.lines[header]!))
    for (const row of table) expect(row.length).toBeLessThan(60)
    expect(table).toContainEqual(expect.stringMatching(/^platform-reliability-eng\S*… +3 files +0 +\d+ KB/))
    expect(table).toContainEqual(expect.stringMatching(/^people-operations-coordin\S*… +\(nothing\) +0 +-/))
    expect(table.at(-1)).toMatch(/^6 packs, 0 pages in \d+\.\d s$/)
    // The bar is gone, and it never disabled wrapping or saved the cursor to jump back over the warnings.
    expect(screen.rows.join('\n')).not.toMatch(/[█░]/)
    expect(raw).not.toContain('\x1b[?7l')
    expect(raw).not.toContain('\x1b7')
    expect(raw).toContain('\x1b[33mwarning:\x1b[39m')
  })

  it('names the files in full on a wide terminal, and paints nothing with NO_COLOR', async () => {
    const raw = await inTerminal(200, build(mkdtempSync(path.join(os.tmpdir(), 'studypack-tty-'))), {NO_COLOR: '1'})
    const screen = screenOf(raw, 200)
    expect(screen.lines).toContainEqual(
      expect.stringMatching(
        /^platform-reliability-engineer-computer-vision-and-imaging +cards\.apkg, cards\.anki\.txt, cards\.csv/,
      ),
    )
    expect(raw).not.toContain('\x1b[3')
  })
})
