import {mkdirSync, mkdtempSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {pagesOf} from '../../../src/browser/outline.js'
import {Pool} from '../../../src/browser/pool.js'
import {inlineStylesheets, stylesheetCache} from '../../../src/browser/stylesheets.js'

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

  it('makes its items ready ahead of use when warmed, and uses those first', async () => {
    const dead = new Set<number>()
    let created = 0
    const pool = new Pool(
      2,
      async () => ++created,
      async () => {},
      (item) => !dead.has(item),
    )
    pool.warm()
    pool.warm()
    // Warming twice makes no more than the pool holds.
    expect(created).toBe(2)
    expect(await pool.use(async (item) => item)).toBe(1)
    dead.add(1)
    // The warmed item that can no longer be used is not handed out: the idle one is, then a new one.
    expect(await Promise.all([pool.use(async (item) => item), pool.use(async (item) => item)])).toEqual([2, 3])
    expect(created).toBe(3)
  })

  it('makes an item again when making it ahead failed, unless that failure is final', async () => {
    const failures = ['crash']
    let created = 0
    const pool = new Pool(
      1,
      async () => {
        created++
        const failure = failures.shift()
        if (failure) throw new Error(failure)
        return created
      },
      async () => {},
      () => true,
      (error) => (error as Error).message === 'hung',
    )
    pool.warm()
    // A crash while warming: the user gets a new item.
    expect(await pool.use(async (item) => item)).toBe(2)
    const again = new Pool(
      1,
      async () => Promise.reject(new Error('hung')),
      async () => {},
      () => true,
      (error) => (error as Error).message === 'hung',
    )
    again.warm()
    // A hung maker: the user gets its failure, not a second wait.
    await expect(again.use(async (item) => item)).rejects.toThrow('hung')
  })
})

describe('stylesheets inlined into the page', () => {
  function sheet() {
    const dir = mkdtempSync(path.join(tmpdir(), 'studypack-css-'))
    const file = path.join(dir, 'fonts', 'a.css')
    mkdirSync(path.join(dir, 'fonts', 'files'), {recursive: true})
    writeFileSync(path.join(dir, 'fonts', 'files', 'latin.woff2'), 'LATIN')
    writeFileSync(path.join(dir, 'fonts', 'files', 'greek.woff2'), 'GREEK')
    writeFileSync(
      file,
      [
        '@font-face { src: url(./files/latin.woff2) format("woff2"), url(./files/other.woff); unicode-range: U+0000-00FF }',
        '@font-face { src: url(./files/greek.woff2) format("woff2"); unicode-range: U+0370-03FF }',
        'body { background: url(./files/paper.png) }',
      ].join('\n'),
    )
    return {dir, file, href: pathToFileURL(file).href}
  }

  it('inlines the allowed ones, their fonts as data: URLs, and leaves any other link for the page to refuse', () => {
    const {dir, href} = sheet()
    const html = `<link rel="stylesheet" href="${href}"><link rel="stylesheet" href="file:///etc/ssl/openssl.cnf"><p>plain</p>`
    const out = inlineStylesheets(html, stylesheetCache(), (url) => url.startsWith(pathToFileURL(dir).href))
    expect(out).toContain(`url("data:font/woff2;base64,${Buffer.from('LATIN').toString('base64')}") format("woff2")`)
    // Only the first source of a face is kept, and a face for characters the page lacks is left out.
    expect(out).not.toContain('other.woff')
    expect(out).not.toContain('GREEK')
    expect(out).not.toContain(Buffer.from('GREEK').toString('base64'))
    // What is not a font stays a file: URL, for the page's own request check.
    expect(out).toContain(`url("${pathToFileURL(path.join(dir, 'fonts', 'files', 'paper.png')).href}")`)
    expect(out).toContain('<link rel="stylesheet" href="file:///etc/ssl/openssl.cnf">')
  })

  it('keeps the faces the characters of the page or of its styles need', () => {
    const {dir, href} = sheet()
    const allowed = (url: string) => url.startsWith(pathToFileURL(dir).href)
    const greek = inlineStylesheets(`<link rel="stylesheet" href="${href}"><p>λ</p>`, stylesheetCache(), allowed)
    expect(greek).toContain(Buffer.from('GREEK').toString('base64'))
    const fromCss = inlineStylesheets(
      `<link rel="stylesheet" href="${href}"><style>li::before { content: "λ" }</style>`,
      stylesheetCache(),
      allowed,
    )
    expect(fromCss).toContain(Buffer.from('GREEK').toString('base64'))
  })

  it('does not inline a font the page may not read', () => {
    const {href} = sheet()
    const out = inlineStylesheets(`<link rel="stylesheet" href="${href}">`, stylesheetCache(), (url) => url === href)
    expect(out).toContain('latin.woff2")')
    expect(out).not.toContain('base64')
  })

  it('reads a stylesheet again once it changed (--watch)', () => {
    const {file, href} = sheet()
    const cache = stylesheetCache()
    const html = `<link rel="stylesheet" href="${href}">`
    inlineStylesheets(html, cache, () => true)
    writeFileSync(file, 'p { color: red }')
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    expect(inlineStylesheets(html, cache, () => true)).toContain('<style>\np { color: red }\n</style>')
  })
})
