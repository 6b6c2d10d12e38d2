import {mkdtempSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Printer} from '../../../src/browser/printer.js'
import {buildConfig} from '../../../src/config/build-config.js'
import {signal} from '../../../src/core/signal.js'
import type {StudyDocument} from '../../../src/documents/types.js'
import {buildPack} from '../../../src/run/pack.js'
import {createRunContext} from '../../../src/run/context.js'
import {studyOfText} from '../../helpers/guide.js'

/** A printer that prints nothing, and says when each document sent its page. */
function fakePrinter(events: string[]): Printer {
  const printerFor = (owner: string): Printer => {
    const sent = signal()
    return {
      open: async (_html, work) => {
        events.push(`${owner} sent`)
        sent.fire()
        return work({measure: async () => undefined as never, print: async () => new Uint8Array()})
      },
      print: async () => new Uint8Array(),
      launches: () => 1,
      for: printerFor,
      sent: () => sent.done,
    }
  }
  return printerFor('document')
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

function document(name: string, work: StudyDocument['build']): StudyDocument {
  return {name, describe: name, needsBrowser: true, options: {}, build: work}
}

describe('the documents of a pack', () => {
  it('start one after another, the cards first, each once the one before has sent its page to the browser', async () => {
    const events: string[] = []
    const printing = (name: string) =>
      document(name, async ({printer}) => {
        events.push(`${name} starts`)
        await tick()
        await printer.open('<p>x</p>', async () => tick())
        return []
      })
    // The last one waits for a document after it: it must not wait for ever.
    const waiting = document('waits', async ({resultOf}) => {
      events.push('waits starts')
      await resultOf('last')
      return []
    })
    const last = document('last', async () => {
      events.push('last starts')
      return []
    })
    const documents = [printing('guide'), printing('cards'), waiting, last]
    const study = studyOfText('# G\n\n## A\n\nText.\n')
    const config = buildConfig({out: mkdtempSync(path.join(os.tmpdir(), 'studypack-pack-'))}, [])
    const pack = {role: null, domains: null, folder: 'all'}
    const meta = {role: null, domains: [], allDomains: true, date: 'd', source: 's', paper: 'a4' as const}
    await buildPack({
      study,
      pack,
      meta,
      documents,
      config,
      printer: fakePrinter(events),
      report: {info: () => {}, warn: () => {}},
      run: createRunContext(),
    })
    expect(events).toEqual(['cards starts', 'cards sent', 'guide starts', 'guide sent', 'waits starts', 'last starts'])
  })
})
