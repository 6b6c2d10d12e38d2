/**
 * What a build reads (issue 17): every file by its real path, only inside
 * the content folder, only regular files; and the odd inputs of the issue,
 * each with its exit code and its one line. Each symlink case runs with and
 * without --html, and the outside file's text appears in no output.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'

const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `studypack-${name}-`))
const SECRET = 'TOP-SECRET-outside-the-content-folder'
const ROLES = 'roles:\n  mle:\n    name: ML Engineer\n'
const GUIDE = [
  '# Guide',
  '',
  '## Models',
  '',
  '![a diagram](diagram.png)',
  '',
  '### Key Topics',
  '',
  '- **Bias**: error from wrong assumptions',
  '',
  '### Key Questions',
  '',
  '- What is overfitting?',
  '- How does dropout work?',
  '',
].join('\n')

/** A content folder, a folder outside it holding the secret, and the links between them. */
function setup(links: Record<string, string>, files: Record<string, string> = {}) {
  const root = temp('links')
  const content = path.join(root, 'content')
  const outside = path.join(root, 'outside')
  mkdirSync(content)
  mkdirSync(outside)
  writeFileSync(
    path.join(outside, 'secret.md'),
    `# Secret\n\n## What is overfitting?\n\n${SECRET}\n\n## Bias\n\n${SECRET}\n`,
  )
  writeFileSync(path.join(outside, 'secret.png'), SECRET)
  writeFileSync(path.join(content, 'guide.md'), GUIDE)
  writeFileSync(path.join(content, 'studypack.yaml'), ROLES)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content, name), text)
  for (const [name, target] of Object.entries(links))
    symlinkSync(target === 'outside' ? outside : path.join(outside, target), path.join(content, name))
  return {root, content, outside, out: path.join(root, 'out')}
}

/** Every output file's text (PDFs as bytes: their text streams are compressed, so the HTML copies are the check). */
function outputs(out: string): string {
  return readdirSync(out, {recursive: true, encoding: 'utf8'})
    .map((name) => path.join(out, name))
    .filter((file) => /\.(html|txt|csv|apkg|md)$/.test(file))
    .map((file) => readFileSync(file, 'latin1'))
    .join('\n')
}

const base64 = Buffer.from(SECRET).toString('base64')

describe.each([[[]], [['--html']]])('symlinks out of the content folder are refused (%j)', (extra: string[]) => {
  const build = (content: string, out: string, ...only: string[]) =>
    studypack(['build', '-r', 'mle', '-c', content, '-o', out, ...only.flatMap((name) => ['--only', name]), ...extra])

  it('an image that links outside prints as its alt text, with a warning naming it', async () => {
    const {content, outside, out} = setup({'diagram.png': 'secret.png'})
    const result = await build(content, out, 'guide', 'cards')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(
      `warning: guide.md:5:1: image "diagram.png" refused: it is a link to ${realpathSync(path.join(outside, 'secret.png'))}, outside the folder it may come from (${realpathSync(content)}); it prints as its alt text "a diagram" [refused-file]`,
    )
    const text = outputs(out)
    expect(text).not.toContain(base64)
    expect(text).not.toContain(SECRET)
    if (extra.includes('--html'))
      expect(readFileSync(path.join(out, 'mle', 'guide.html'), 'utf8')).toContain('a diagram')
  })

  it('an answers.md that links outside is not read: a warning, and no answer from it anywhere', async () => {
    const {content, outside, out} = setup({'answers.md': 'secret.md'})
    const result = await build(content, out, 'cards', 'anki', 'cheatsheet')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(
      `warning: answers.md: it is a link to ${realpathSync(path.join(outside, 'secret.md'))}, outside the folder it may come from`,
    )
    expect(result.stderr).toContain('; it is not read [refused-file]')
    expect(outputs(out)).not.toContain(SECRET)
  })

  it('a glossary.md that links outside is not read', async () => {
    const {content, out} = setup({'glossary.md': 'secret.md'})
    const result = await build(content, out, 'cheatsheet')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(
      /warning: glossary\.md: it is a link to .*secret\.md, outside the folder it may come from .*; it is not read \[refused-file\]/,
    )
    expect(outputs(out)).not.toContain(SECRET)
  })

  it('an answer key the manifest names through a symlinked folder is refused', async () => {
    const {content, out} = setup(
      {linked: 'outside'},
      {'studypack.yaml': `${ROLES}answers: linked/secret.md\nglossary: linked/secret.md\n`},
    )
    const result = await build(content, out, 'cards', 'anki', 'cheatsheet')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(
      /warning: linked\/secret\.md: it is a link to .*outside.*secret\.md, outside the folder it may come from/,
    )
    expect(outputs(out)).not.toContain(SECRET)
  })

  it('a guide chapter through a symlinked folder, or a guide.md that links outside, fails with one line', async () => {
    const chapter = setup({linked: 'outside'}, {'studypack.yaml': `${ROLES}guide: linked/secret.md\n`})
    const viaFolder = await build(chapter.content, chapter.out, 'guide')
    expect(viaFolder.code).toBe(1)
    expect(viaFolder.stderr).toMatch(
      /^studypack: linked\/secret\.md: refused: it is a link to \S*secret\.md, outside the folder it may come from \(\S+\)\n$/,
    )
    const direct = setup({'chapter.md': 'secret.md'}, {'studypack.yaml': `${ROLES}guide: [guide.md, chapter.md]\n`})
    const linked = await build(direct.content, direct.out, 'guide')
    expect(linked.code).toBe(1)
    expect(linked.stderr).toMatch(/^studypack: chapter\.md: refused: it is a link to \S*secret\.md, outside/)
    expect(readdirSync(direct.root)).not.toContain('out')
  })
})

describe('a guide named directly may be a link', () => {
  it('reads it from its real folder', async () => {
    const {content, root} = setup({})
    const elsewhere = path.join(root, 'elsewhere')
    mkdirSync(elsewhere)
    symlinkSync(path.join(content, 'guide.md'), path.join(elsewhere, 'guide.md'))
    const result = await studypack(['list', '--json', '-c', path.join(elsewhere, 'guide.md')])
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout).sections.length).toBeGreaterThan(0)
  })
})

describe('only regular files are read', () => {
  it('an answers.md that is a FIFO is refused at once, not waited on', async () => {
    const {content, out} = setup({})
    execFileSync('mkfifo', [path.join(content, 'answers.md')])
    const started = performance.now()
    const result = await studypack(['build', '-r', 'mle', '-c', content, '-o', out, '--only', 'anki'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(
      'warning: answers.md: it is a named pipe (FIFO), not a regular file; it is not read [refused-file]',
    )
    expect(performance.now() - started).toBeLessThan(30_000)
  })

  it('an answers.md that is a folder is refused with a warning, not an internal error', async () => {
    const {content, out} = setup({})
    mkdirSync(path.join(content, 'answers.md'))
    const result = await studypack(['build', '-r', 'mle', '-c', content, '-o', out, '--only', 'anki'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain('warning: answers.md: it is a folder, not a file; it is not read [refused-file]')
    expect(result.stderr).not.toContain('internal error')
  })

  it('a manifest-named guide that is a FIFO fails at once with one line', async () => {
    const {content, out} = setup({}, {'studypack.yaml': `${ROLES}guide: pipe.md\n`})
    execFileSync('mkfifo', [path.join(content, 'pipe.md')])
    const result = await studypack(['build', '-r', 'mle', '-c', content, '-o', out, '--only', 'guide'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('studypack: pipe.md: refused: it is a named pipe (FIFO), not a regular file\n')
  })
})

describe('encodings', () => {
  it('a UTF-16 guide with a byte-order mark is read', async () => {
    const {content} = setup({})
    writeFileSync(
      path.join(content, 'guide.md'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GUIDE, 'utf16le')]),
    )
    const result = await studypack(['list', '--json', '-c', content])
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout).roles[0].questions).toBe(2)
  })

  it('UTF-16 without one is refused with what to do', async () => {
    const {content} = setup({})
    writeFileSync(path.join(content, 'guide.md'), Buffer.from(GUIDE, 'utf16le'))
    const result = await studypack(['list', '-c', content])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'studypack: guide.md: UTF-16 is not supported without a byte-order mark: save the file as UTF-8\n',
    )
  })
})

describe('the parser guard, end to end', () => {
  it.each([
    [
      '50,000 "*a"',
      `${'*a'.repeat(50_000)}\n`,
      /guide\.md:7: more than 200 "\*".* in one paragraph, which would make parsing take minutes; the rest print as text/,
    ],
    ['"- " 4,000 times', `${'- '.repeat(4000)}x\n`, /guide\.md:7: lists and quotes nested more than 32 deep/],
    ['a block quote 2,500 deep', `${'>'.repeat(2500)} x\n`, /guide\.md:7: lists and quotes nested more than 32 deep/],
    ['<details> 3,000 deep', '<details>\n\n'.repeat(3000), /guide\.md:\d+: HTML elements nested more than 32 deep/],
  ])('%s: the guide prints, with a warning, in reasonable time', async (_name, body, warning) => {
    const {content, out} = setup({}, {'guide.md': `# Guide\n\n## Models\n\n- What is overfitting?\n\n${body}`})
    const started = performance.now()
    const result = await studypack([
      'build',
      '-r',
      'mle',
      '-c',
      content,
      '-o',
      out,
      '--only',
      'guide',
      '--only',
      'anki',
    ])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(warning)
    expect(result.stderr).not.toContain('Maximum call stack')
    expect(performance.now() - started).toBeLessThan(90_000)
  })
})

describe('odd inputs: one clear line and the right exit code', () => {
  const manifest = (text: string, guide = GUIDE) => setup({}, {'studypack.yaml': text, 'guide.md': guide})

  it('a YAML alias bomb in the manifest is refused in one line, exit 1', async () => {
    const levels = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefg'
        .split('')
        .map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(', ')}]`),
    ]
    const {content} = manifest(`${levels.join('\n')}\n${ROLES}`)
    const result = await studypack(['list', '-c', content])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^studypack: \S*studypack\.yaml: its YAML aliases expand too far \(more than 100 of them\); write the values out instead\n$/,
    )
  })

  it('two roles sharing an alias is a manifest error at the second one', async () => {
    const {content} = manifest(
      'roles:\n  mle:\n    name: ML Engineer\n    aliases: [eng]\n  ds:\n    name: Data Scientist\n    aliases: [Eng]\n',
    )
    const result = await studypack(['build', '-r', 'eng', '-c', content, '-o', temp('out')])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^studypack: invalid manifest\n\S*studypack\.yaml:7:15: roles\.ds\.aliases\[0\]: "Eng" also names role "mle"; each name may belong to one\n$/,
    )
  })

  it('a guide named "..guide.md" is inside the folder, and "../guide.md" is not', async () => {
    const inside = manifest(`${ROLES}guide: ..guide.md\n`)
    writeFileSync(path.join(inside.content, '..guide.md'), GUIDE)
    const ok = await studypack(['list', '-c', inside.content])
    expect(ok.code, ok.stderr).toBe(0)
    const climbing = manifest(`${ROLES}guide: ../guide.md\n`)
    const refused = await studypack(['list', '-c', climbing.content])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /studypack\.yaml:4:8: guide: a path inside the content folder, such as "answers\.md"\n$/,
    )
  })

  it('front matter with !!js/function prints no raw YAML warning; <style> contents do not print', async () => {
    const {content, out} = manifest(
      ROLES,
      `---\ntitle: !!js/function "function () {}"\n---\n${GUIDE}\n<style>.hidden { color: red }</style>\n`,
    )
    const result = await studypack(['build', '-r', 'mle', '-c', content, '-o', out, '--only', 'guide', '--html'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).not.toMatch(/YAMLWarning|TAG_RESOLVE_FAILED|\^\^\^/)
    const html = readFileSync(path.join(out, 'mle', 'guide.html'), 'utf8')
    expect(html).not.toContain('.hidden { color: red }')
  })
})
