import {copyFileSync, mkdirSync, mkdtempSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatMessage} from '../../../src/core/messages.js'
import {imageWarnings} from '../../../src/input/images.js'
import {parseMarkdown} from '../../../src/input/parse.js'
import {PROJECT_ROOT} from '../../../src/core/paths.js'

const PNG = path.join(PROJECT_ROOT, 'test/fixtures/guide-with-relative-images/images/split.png')

function folders() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'studypack-images-'))
  for (const folder of ['guide/images', 'assets']) mkdirSync(path.join(root, folder), {recursive: true})
  copyFileSync(PNG, path.join(root, 'guide/images/here.png'))
  copyFileSync(PNG, path.join(root, 'assets/x.png'))
  return path.join(root, 'guide')
}

const warningsOf = (markdown: string) =>
  imageWarnings([{file: 'guide.md', root: parseMarkdown(markdown)}], folders()).map(formatMessage)

describe('image warnings', () => {
  it('name the file and line of an image outside the guide folder, and of a missing one', () => {
    const lines = warningsOf('# G\n\n![a local one](images/here.png)\n\nText ![x](../assets/x.png)\n\n![](nope.png)\n')
    expect(lines).toEqual([
      'guide.md:5:6: image "../assets/x.png" is outside the guide\'s folder, which is all a page may read; it prints as its alt text "x" [image-outside]',
      'guide.md:7:1: image "nope.png" not found; it prints as nothing (it has no alt text) [image-missing]',
    ])
  })

  it('find <img> in raw HTML at its own line, and count remote images once per file', () => {
    const lines = warningsOf(
      '# G\n\n<div>\n  <img alt="raw" src="../assets/x.png">\n</div>\n\n![b](https://example.com/b.svg)\n\n![c](data:image/png;base64,AAAA)\n',
    )
    expect(lines[0]).toMatch(/^guide\.md:4:3: image "\.\.\/assets\/x\.png" is outside .*"raw" \[image-outside\]$/)
    expect(lines[1]).toMatch(
      /^guide\.md:7:1: 2 remote images \(first "https:\/\/example\.com\/b\.svg"\) .* \[image-remote\]$/,
    )
    expect(lines).toHaveLength(2)
  })

  it('say nothing of images that print', () => {
    expect(warningsOf('# G\n\n![ok](images/here.png) ![ok too](./images/../images/here.png)\n')).toEqual([])
  })
})
