import {mkdirSync, mkdtempSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {pagesOf} from '../../../src/browser/outline.js'
import {Pool} from '../../../src/browser/pool.js'
import {inlineStylesheets} from '../../../src/browser/stylesheets.js'

describe('contents page numbers from the bookmarks', () => {
  it('match by title, and by position when a bookmark is typeset differently', () => {
    const outline = [
      {title: 'Guide', page: 1, depth: 0},
      {title: 'Plain', page: 2, depth: 1},
      {title: 'O(n²) sorting', page: 3, depth: 1},
      {title: 'After', page: 4, depth: 1},
    ]
    const pages = pagesOf(
      [
        {slug: 'plain', title: 'Plain'},
        {slug: 'sorting', title: 'O(n^2) sorting'},
        {slug: 'after', title: 'After'},
      ],
      outline,
    )
    expect(Object.fromEntries(pages)).toEqual({plain: 2, sorting: 3, after: 4})
  })
})

describe('page pool', () => {
  it('never runs more than its size at once', async () => {
    let created = 0
    let running = 0
    let most = 0
    const pool = new Pool(
      2,
      async () => ++created,
      async () => {},
    )
    await Promise.all(
      Array.from({length: 9}, () =>
        pool.use(async () => {
          most = Math.max(most, ++running)
          await new Promise((resolve) => setTimeout(resolve, 5))
          running--
        }),
      ),
    )
    expect(most).toBe(2)
    expect(created).toBe(2)
  })

  it('drops items that are no longer usable, and items whose work failed', async () => {
    const dead = new Set<number>()
    let created = 0
    const destroyed: number[] = []
    const pool = new Pool(
      1,
      async () => ++created,
      async (item) => void destroyed.push(item),
      (item) => !dead.has(item),
    )
    await pool.use(async (item) => void dead.add(item))
    expect(await pool.use(async (item) => item)).toBe(2)
    await expect(pool.use(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(destroyed).toEqual([2])
    expect(await pool.use(async (item) => item)).toBe(3)
  })
})

describe('stylesheets inlined into the page', () => {
  it('inlines the allowed ones with absolute url()s, and leaves any other link for the page to refuse', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'studypack-css-'))
    const file = path.join(dir, 'fonts', 'a.css')
    mkdirSync(path.dirname(file))
    writeFileSync(file, '@font-face { src: url(./files/a.woff2) format("woff2"), url("data:font/woff2;base64,AA") }')
    const allowed = pathToFileURL(file).href
    const html = `<link rel="stylesheet" href="${allowed}"><link rel="stylesheet" href="file:///etc/ssl/openssl.cnf">`
    const cache = new Map()
    const out = inlineStylesheets(html, cache, (url) => url === allowed)
    expect(out).toBe(
      `<style>\n@font-face { src: url("${pathToFileURL(path.join(dir, 'fonts', 'files', 'a.woff2')).href}") format("woff2"), url("data:font/woff2;base64,AA") }\n</style>` +
        '<link rel="stylesheet" href="file:///etc/ssl/openssl.cnf">',
    )
    // A stylesheet edited under --watch is read again.
    writeFileSync(file, 'p { color: red }')
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    expect(inlineStylesheets(html, cache, (url) => url === allowed)).toContain('<style>\np { color: red }\n</style>')
  })
})
