import {describe, expect, it} from 'vitest'
import {BROWSERLESS, startsEarly} from '../../../src/cli/early.js'
import {DOCUMENTS} from '../../../src/documents/index.js'

describe('the browser started before the command line loads', () => {
  it('knows the documents that need no browser as the registry does', () => {
    expect(BROWSERLESS).toEqual(DOCUMENTS.filter((document) => !document.needsBrowser).map(({name}) => name))
  })

  it('starts for a build that will print with the default browser and timeout', () => {
    expect(startsEarly(['build'])).toBe(true)
    expect(startsEarly(['build', '-r', 'mle', '--only', 'guide'])).toBe(true)
    expect(startsEarly(['build', 'guide.md', '--only=cards,checklist', '--paper', 'letter'])).toBe(true)
  })

  it('does not for other commands, help, a named browser or timeout, watching, or a document printed without one', () => {
    for (const argv of [
      [],
      ['list'],
      ['--help'],
      ['build', '--help'],
      ['build', '-h'],
      ['build', '--version'],
      ['build', '--browser', '/opt/chrome'],
      ['build', '--browser=/opt/chrome'],
      ['build', '--timeout', '120'],
      ['build', '--watch'],
      ['build', '--only', 'anki'],
      ['build', '--only=anki'],
      ['build', '--only', 'guide', '--only', 'anki'],
      ['build', '--only=guide,anki'],
    ])
      expect(startsEarly(argv), argv.join(' ')).toBe(false)
  })
})
