/** The browser is started by studypack itself (launch.ts), with the flags puppeteer's own launch would give it. */
import {PassThrough} from 'node:stream'
import puppeteer from 'puppeteer'
import {describe, expect, it} from 'vitest'
import {browserArgs, launchArgs} from '../../../src/browser/launch.js'
import {pipeTransport} from '../../../src/browser/pipe.js'

/** A flag list as a set, the features turned off as one set (the order of either says nothing to Chromium). */
function asSets(args: string[]) {
  const features = args
    .filter((arg) => arg.startsWith('--disable-features='))
    .flatMap((arg) => arg.slice(19).split(','))
  return {flags: new Set(args.filter((arg) => !arg.startsWith('--disable-features='))), disabled: new Set(features)}
}

describe('browserArgs', () => {
  for (const isRoot of [true, false]) {
    it(`are the flags puppeteer.launch would start headless Chrome with (${isRoot ? 'as root' : 'as a user'})`, () => {
      const profile = '/tmp/studypack-browser-x/profile'
      const theirs = [
        ...puppeteer.defaultArgs({headless: true, userDataDir: profile, args: launchArgs(isRoot)}),
        '--remote-debugging-pipe',
      ]
      expect(asSets(browserArgs(profile, isRoot))).toEqual(asSets(theirs))
      expect(browserArgs(profile, isRoot).filter((arg) => arg.startsWith('--disable-features='))).toHaveLength(1)
    })
  }

  it('keep what makes a PDF tagged and bookmarked, and what keeps the browser off the network', () => {
    const args = browserArgs('/tmp/p', true)
    for (const flag of [
      '--export-tagged-pdf',
      '--generate-pdf-document-outline',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ])
      expect(args).toContain(flag)
    expect(args).toContain('--no-sandbox')
    expect(browserArgs('/tmp/p', false)).not.toContain('--no-sandbox')
  })
})

describe('pipeTransport', () => {
  it('sends each message ended by a NUL byte, and hands on whole messages however the bytes arrive', async () => {
    const toBrowser = new PassThrough()
    const fromBrowser = new PassThrough()
    const transport = pipeTransport(toBrowser, fromBrowser)
    const got: string[] = []
    transport.onmessage = (message) => got.push(message)
    transport.send('{"id":1}')
    expect(toBrowser.read().toString()).toBe('{"id":1}\0')
    // One message cut in three, then two in one chunk; "é" cut between its two bytes.
    const bytes = Buffer.from('{"a":"é"}\0{"b":2}\0{"c":3}\0')
    for (const piece of [bytes.subarray(0, 7), bytes.subarray(7, 12), bytes.subarray(12)]) fromBrowser.write(piece)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(got).toEqual(['{"a":"é"}', '{"b":2}', '{"c":3}'])
    let closed = false
    transport.onclose = () => (closed = true)
    fromBrowser.destroy()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(closed).toBe(true)
  })
})
