/**
 * The bundled guide is our user's own: whatever the question finder learns
 * from other guides, it must keep reading this one exactly as before. The
 * snapshot (test/fixtures/bundled-questions.json) was taken before the
 * finder was redesigned.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {questionListing} from '../../../src/select/questions.js'
import {bundledStudy, FIXTURES} from '../../helpers/guide.js'

interface Snapshot {
  text: string
  kind: string
  section: string
  answer: string | null
  hint: string | null
  line: number
}

const snapshot = JSON.parse(readFileSync(path.join(FIXTURES, 'bundled-questions.json'), 'utf8')) as Snapshot[]
const pick = ({text, kind, section, answer, hint, line}: Snapshot) => ({
  text,
  kind,
  section,
  answered: answer !== null,
  answer,
  hint,
  line,
})

describe('the bundled guide', () => {
  it('keeps its exact questions and answers', async () => {
    const now = questionListing(await bundledStudy()) as Snapshot[]
    expect(now.map((one) => one.text)).toEqual(snapshot.map((one) => one.text))
    expect(now.map(pick)).toEqual(snapshot.map(pick))
  })
})
