import {describe, expect, it} from 'vitest'
import {BROWSERLESS, earlyChoice} from '../../../src/cli/early.js'
import {DOCUMENTS} from '../../../src/documents/index.js'

describe('the browser started before the command line loads', () => {
  it('knows the documents that need no browser as the registry does', () => {
    expect(BROWSERLESS).toEqual(DOCUMENTS.filter((document) => !document.needsBrowser).map(({name}) => name))
  })

  it('starts for a build that will print, with the browser and timeout its flags name, else the defaults', () => {
    const defaults = {browserPath: undefined, timeoutMs: 60_000}
    expect(earlyChoice(['build'])).toEqual(defaults)
    expect(earlyChoice(['build', '-r', 'mle', '--only', 'guide'])).toEqual(defaults)
    expect(earlyChoice(['build', 'guide.md', '--only=cards,checklist', '--paper', 'letter'])).toEqual(defaults)
    expect(earlyChoice(['build', '--browser', '/opt/chrome', '--timeout=120'])).toEqual({
      browserPath: '/opt/chrome',
      timeoutMs: 120_000,
    })
    expect(earlyChoice(['build', '--timeout', '5', '--timeout', '9'])?.timeoutMs).toBe(9000)
  })

  it('does not for other commands, help, watching, a document printed without one, or a value the config refuses', () => {
    for (const argv of [
      [],
      ['list'],
      ['--help'],
      ['build', '--help'],
      ['build', '-h'],
      ['build', '--version'],
      ['build', '--browser'],
      ['build', '--timeout', 'soon'],
      ['build', '--timeout=-1'],
      ['build', '--timeout', '3000000'],
      ['build', '--timeout', '0.5'],
      ['build', '--watch'],
      ['build', '--only', 'anki'],
      ['build', '--only=anki'],
      ['build', '--only', 'guide', '--only', 'anki'],
      ['build', '--only=guide,anki'],
    ])
      expect(earlyChoice(argv), argv.join(' ')).toBeNull()
  })
})
