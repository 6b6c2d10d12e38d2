import {describe, expect, it} from 'vitest'
import {buildConfig} from '../../../../src/config/build-config.js'
import {UsageError} from '../../../../src/core/errors.js'
import {DOCUMENTS} from '../../../../src/documents/index.js'
import {planDocument} from '../../../../src/documents/plan/index.js'
import type {DocumentContext} from '../../../../src/documents/types.js'
import {addDays, localDate} from '../../../../src/documents/plan/dates.js'

const today = localDate(new Date())

describe('the plan document', () => {
  it('writes nothing without an interview date, and touches nothing else to find that out', async () => {
    const context = {options: {}, config: {only: []}} as unknown as DocumentContext
    expect(await DOCUMENTS.find((document) => document.name === 'plan')!.build(context)).toEqual([])
  })

  it('comes after the guide in the registry, whose page numbers it cites', () => {
    const names = DOCUMENTS.map((document) => document.name)
    expect(names.indexOf('plan')).toBeGreaterThan(names.indexOf('guide'))
    expect(planDocument.name).toBe('plan')
  })

  it('is checked with the build config, before any work', () => {
    const config = buildConfig({role: 'mle', days: 10, 'rest-days': 'sun'}, DOCUMENTS)
    expect(config.documents.plan).toMatchObject({days: 10, 'rest-days': [0]})
    expect(() => buildConfig({role: 'mle', 'interview-date': addDays(today, -2)}, DOCUMENTS)).toThrow(UsageError)
    expect(() =>
      buildConfig({role: 'mle', days: 3, start: addDays(today, 1), 'interview-date': addDays(today, 9)}, DOCUMENTS),
    ).toThrow(/give one/)
    // No date yet is no mistake: the guide's front matter may still give one.
    expect(buildConfig({role: 'mle', only: ['plan']}, DOCUMENTS).only).toEqual(['plan'])
    expect(buildConfig({role: 'mle'}, DOCUMENTS).documents.plan).toMatchObject({
      'interview-date': undefined,
      days: undefined,
    })
  })
})
