import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadContent} from '../../../src/input/content.js'

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-content-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

describe('the files of a content folder', () => {
  it('reads answers.md beside a guide as its answer key, not as a chapter', async () => {
    const content = await loadContent(folder({'guide.md': '# G\n\n## Q\n', 'answers.md': '## Q\n\nYes.\n'}))
    expect(content.files.map((file) => file.name)).toEqual(['guide.md'])
    expect(content.answers?.name).toBe('answers.md')
  })

  it('reads a folder whose only markdown is named like the answer key as the guide', async () => {
    const content = await loadContent(
      folder({'ANSWERS.md': '**1. What is a closure?**\n\nA function with its scope.\n'}),
    )
    expect(content.files.map((file) => file.name)).toEqual(['ANSWERS.md'])
    expect(content.answers).toBeNull()
  })
})
