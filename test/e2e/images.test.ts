import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'
import {studypack} from '../helpers/cli.js'

it('warns of an image outside the guide folder, naming the file and the line, and still builds', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'studypack-image-cli-'))
  mkdirSync(path.join(root, 'guide'))
  mkdirSync(path.join(root, 'assets'))
  copyFileSync(
    path.join(PROJECT_ROOT, 'test/fixtures/guide-with-relative-images/images/split.png'),
    path.join(root, 'assets/x.png'),
  )
  writeFileSync(
    path.join(root, 'guide/notes.md'),
    '# Notes\n\n## Data\n\n![the split](../assets/x.png)\n\n### Key Questions\n\n- Why split the data?\n',
  )
  const result = await studypack(['build', '--content', 'guide', '-r', 'ds', '--only', 'anki', '-o', 'out'], {
    cwd: root,
  })
  expect(result.code).toBe(0)
  expect(result.stderr).toContain(
    'warning: notes.md:5:1: image "../assets/x.png" is outside the guide\'s folder, which is all a page may read; it prints as its alt text "the split" [image-outside]',
  )
})
