import {describe, expect, it} from 'vitest'
import {pagesOf} from '../src/print/outline.js'
import {Pool} from '../src/print/pool.js'

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
    const pool = new Pool(2, async () => ++created, async () => {})
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
    const pool = new Pool(1, async () => ++created, async (item) => void destroyed.push(item), (item) => !dead.has(item))
    await pool.use(async (item) => void dead.add(item))
    expect(await pool.use(async (item) => item)).toBe(2)
    await expect(pool.use(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(destroyed).toEqual([2])
    expect(await pool.use(async (item) => item)).toBe(3)
  })
})
