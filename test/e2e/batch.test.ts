/**
 * Batch builds: --all makes every pack from one parse in one browser, and
 * --html twins are self-contained (no script, nothing from the network).
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildConfig} from '../../src/config/build-config.js'
import {DOCUMENTS} from '../../src/documents/index.js'
import {runBuild} from '../../src/run/build.js'
import {CONTENT} from '../helpers/guide.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-all-'))
let launched = 0

describe('studypack build --all --html', () => {
  beforeAll(async () => {
    // Every document of 16 packs: minutes on two cores.
    const config = buildConfig({content: CONTENT, all: true, html: true, out, timeout: 120, quiet: true}, DOCUMENTS)
    launched = (await runBuild(config)).launches
  }, 900_000)

  it('launches one browser for the whole run', () => {
    expect(launched).toBe(1)
  })

  it('writes 16 pack folders, each with the same complete set of files', () => {
    const folders = readdirSync(out).sort()
    expect(folders).toHaveLength(16)
    expect(folders).toEqual(
      expect.arrayContaining(['ml-engineer', 'ml-engineer-cv', 'data-scientist-nlp', 'product-manager-time-series']),
    )
    const sets = folders.map((folder) => readdirSync(path.join(out, folder)).sort().join(','))
    expect(new Set(sets).size).toBe(1)
    // Every PDF has its HTML twin.
    const names = ['guide', 'cheatsheet', 'cards', 'checklist'].flatMap((name) => [`${name}.pdf`, `${name}.html`])
    expect(sets[0]!.split(',')).toEqual(expect.arrayContaining([...names, 'cards.apkg', 'cards.anki.txt', 'cards.csv']))
    for (const folder of folders)
      expect(readdirSync(path.join(out, folder)).every((file) => !file.endsWith('.tmp'))).toBe(true)
  })

  it('writes HTML twins with no script and no http(s) reference, fonts inlined', () => {
    for (const folder of readdirSync(out)) {
      for (const file of readdirSync(path.join(out, folder)).filter((name) => name.endsWith('.html'))) {
        const html = readFileSync(path.join(out, folder, file), 'utf8')
        expect(html, `${folder}/${file}`).not.toMatch(/<script/i)
        expect(html, `${folder}/${file}`).not.toMatch(/(src|href)\s*=\s*["']?https?:|url\(\s*["']?https?:|@import/i)
        expect(html, `${folder}/${file}`).not.toMatch(/file:\/\//)
        expect(html).toContain('data:font/woff2;base64,')
      }
    }
  })

  it('puts the right sections in each pack', () => {
    const guide = (folder: string) => readFileSync(path.join(out, folder, 'guide.html'), 'utf8')
    expect(guide('ml-engineer-cv')).toContain('Object detection (YOLO, R-CNN family)')
    expect(guide('ml-engineer-cv')).not.toContain('ARIMA and SARIMA models')
    expect(guide('product-manager')).not.toContain('Implement gradient descent from scratch')
    expect(existsSync(path.join(out, 'ml-engineer', 'guide.pdf'))).toBe(true)
  })
})
