/** Finding a browser: explicit choices first, then puppeteer's cache, PATH, and the usual system places. */
import {chmodSync, mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findBrowser, likelyBrowser, NoBrowserError, PATH_NAMES} from '../../../src/browser/find.js'

function fakeBrowser(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-path-'))
  const file = path.join(dir, name)
  writeFileSync(file, '#!/bin/sh\n')
  chmodSync(file, 0o755)
  return dir
}

describe('findBrowser', () => {
  it('finds a browser linked on PATH, by any of its usual names, before the system places', async () => {
    for (const name of ['chromium-browser', 'google-chrome', 'msedge']) {
      const dir = fakeBrowser(name)
      const choice = await findBrowser(undefined, {PATH: `/nonexistent${path.delimiter}${dir}`})
      expect(choice).toEqual({path: path.join(dir, name), source: 'PATH'})
    }
    expect(PATH_NAMES[0]).toBe('chromium')
  })

  it('an explicit choice wins, and a wrong one is an error rather than a reason to look elsewhere', async () => {
    const dir = fakeBrowser('chromium')
    const mine = path.join(fakeBrowser('my-chrome'), 'my-chrome')
    expect(await findBrowser(mine, {PATH: dir})).toEqual({path: mine, source: '--browser'})
    await expect(findBrowser(undefined, {PATH: dir, CHROME_PATH: '/no/such/chrome'})).rejects.toThrow(
      'CHROME_PATH names /no/such/chrome, which is not an executable file',
    )
  })

  it('says once what to do on each system when there is none', () => {
    const message = new NoBrowserError().message
    expect(message).toMatch(/^no Chrome or Chromium found/)
    for (const line of ['Debian/Ubuntu: sudo apt-get install chromium', 'macOS:', 'Windows:', '--browser']) {
      expect(message).toContain(line)
    }
    expect(message).not.toMatch(/studypack/)
  })
})

describe('likelyBrowser', () => {
  const noCache = (extra: NodeJS.ProcessEnv) => ({
    HOME: mkdtempSync(path.join(os.tmpdir(), 'studypack-home-')),
    ...extra,
  })

  it('names at once, without puppeteer, what findBrowser will find when nothing could come before it', async () => {
    const dir = fakeBrowser('chromium')
    const mine = path.join(fakeBrowser('my-chrome'), 'my-chrome')
    for (const [flag, env] of [
      [mine, noCache({PATH: dir})],
      [undefined, noCache({PATH: dir})],
      [undefined, noCache({PATH: dir, CHROME_PATH: mine})],
    ] as const) {
      const likely = likelyBrowser(flag, env)
      expect(likely).toBeDefined()
      expect(likely).toEqual(await findBrowser(flag, env))
    }
  })

  it('makes no guess when puppeteer has a cache that may hold a browser, a choice is wrong, or there is none', () => {
    const dir = fakeBrowser('chromium')
    const cache = mkdtempSync(path.join(os.tmpdir(), 'studypack-cache-'))
    expect(likelyBrowser(undefined, noCache({PATH: dir, PUPPETEER_CACHE_DIR: cache}))).toBeUndefined()
    expect(likelyBrowser(undefined, noCache({PATH: dir, CHROME_PATH: '/no/such/chrome'}))).toBeUndefined()
    expect(likelyBrowser('/no/such/chrome', noCache({PATH: dir}))).toBeUndefined()
  })
})
