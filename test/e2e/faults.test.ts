/**
 * Faults: a browser that crashes mid-render is started again and the
 * document retried once; one that hangs is stopped by --timeout with a clear
 * error; a signal during --all keeps finished PDFs, removes temp files and
 * leaves no browser behind.
 */
import {execFileSync, spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'
import {withPrinter} from '../../src/browser/printer.js'
import {createTemplates} from '../../src/render/template.js'
import {guideView} from '../../src/documents/guide/view.js'
import {bundledStudy, CONTENT} from '../helpers/guide.js'
import {alive, browsersOf, waitUntil} from '../helpers/processes.js'

const study = await bundledStudy()
const meta = {role: null, domains: [], allDomains: true, date: 'today', source: 'guide.md', paper: 'a4' as const}
const html = createTemplates().render('guide', guideView(study.guide, meta, {baseDir: CONTENT}))

describe('browser faults', () => {
  it('retries once when the browser is killed mid-render, and reaps it', async () => {
    const restarts: string[] = []
    let killed: number[] = []
    const pdf = await withPrinter(
      {contentDir: CONTENT, onRestart: (reason) => restarts.push(reason)},
      async (printer) => {
        const printing = printer.print(html)
        await waitUntil(() => browsersOf(process.pid).length > 0, 10_000, 'a browser')
        killed = browsersOf(process.pid)
        process.kill(killed[0]!, 'SIGKILL')
        return printing
      },
    )
    expect(restarts).toHaveLength(1)
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
    await waitUntil(() => browsersOf(process.pid).filter(alive).length === 0, 10_000, 'the browsers to exit')
    expect(killed.filter(alive)).toEqual([])
  })

  it('stops a hung page after --timeout with a clear error, and kills the browser', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-hang-'))
    execFileSync('mkfifo', [path.join(dir, 'never.png')])
    const started = Date.now()
    const failure = await withPrinter({contentDir: dir, timeoutMs: 2000}, (printer) =>
      printer.print(`<p>hi</p><img src="file://${dir}/never.png">`),
    ).catch((error: Error) => error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toBe(
      'the browser did not finish within 2 s (raise --timeout if the documents are large)',
    )
    expect(Date.now() - started).toBeLessThan(20_000)
    await waitUntil(() => browsersOf(process.pid).filter(alive).length === 0, 10_000, 'the browsers to exit')
  })
})

describe('a signal during --all', () => {
  it('keeps finished PDFs whole, removes temp files and closes the browser', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-signal-out-'))
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'studypack-signal-tmp-'))
    mkdirSync(tmp, {recursive: true})
    const child = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'build', '--all', '--only', 'guide', '--out', out],
      {
        env: {...process.env, TMPDIR: tmp},
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    await waitUntil(() => /wrote .*guide\.pdf/.test(stderr), 60_000, 'the first PDF')
    const browsers = browsersOf(child.pid!)
    expect(browsers.length).toBeGreaterThan(0)
    child.kill('SIGTERM')
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(143)

    const files = readdirSync(out, {recursive: true, encoding: 'utf8'})
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([])
    const pdfs = files.filter((file) => file.endsWith('.pdf'))
    expect(pdfs.length).toBeGreaterThan(0)
    expect(pdfs.length).toBeLessThan(16)
    for (const pdf of pdfs)
      expect(readFileSync(path.join(out, pdf)).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
    expect(readdirSync(tmp).filter((name) => name.startsWith('studypack-'))).toEqual([])
    await waitUntil(() => browsers.filter(alive).length === 0, 10_000, 'the browsers to exit')
  })
})

describe('what the page may read', () => {
  it('refuses files outside the content folder and the project assets, and the network', async () => {
    const blocked: string[] = []
    await withPrinter({contentDir: CONTENT, onBlocked: (url) => blocked.push(url)}, (printer) =>
      printer.print(
        [
          '<img src="file:///etc/hostname">',
          '<link rel="stylesheet" href="file:///etc/ssl/openssl.cnf">',
          '<iframe src="file:///etc/passwd"></iframe>',
          `<img src="file://${path.join(CONTENT, '..', 'package.json')}">`,
          '<img src="http://127.0.0.1:9/x.png">',
          `<img src="file://${path.join(CONTENT, 'interview-prep-ai-ml.md')}">`,
        ].join('\n'),
      ),
    )
    expect(blocked.sort()).toEqual(
      [
        'file:///etc/hostname',
        'file:///etc/ssl/openssl.cnf',
        'file:///etc/passwd',
        `file://${path.join(PROJECT_ROOT, 'package.json')}`,
        'http://127.0.0.1:9/x.png',
      ].sort(),
    )
  })
})
