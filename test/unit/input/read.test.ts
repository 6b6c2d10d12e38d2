import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {StudypackError} from '../../../src/core/errors.js'
import {formatMessage, type Message} from '../../../src/core/messages.js'
import {
  decodeText,
  MissingFileError,
  readFileInside,
  readTextInside,
  RefusedFileError,
  resolveFile,
  UTF16_UNSUPPORTED,
} from '../../../src/input/read.js'

let root: string
let content: string
let outside: string

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'studypack-read-'))
  content = path.join(root, 'content')
  outside = path.join(root, 'outside')
  mkdirSync(path.join(content, 'images'), {recursive: true})
  mkdirSync(outside)
  writeFileSync(path.join(content, 'guide.md'), '# Guide\n')
  writeFileSync(path.join(content, 'images', 'a.png'), 'png bytes')
  writeFileSync(path.join(outside, 'secret.txt'), 'the secret\n')
  symlinkSync(path.join(content, 'guide.md'), path.join(content, 'alias.md'))
  symlinkSync(path.join(outside, 'secret.txt'), path.join(content, 'answers.md'))
  symlinkSync('/etc/passwd', path.join(content, 'passwd.png'))
  symlinkSync(outside, path.join(content, 'linked'))
  symlinkSync(path.join(content, 'loop-b'), path.join(content, 'loop-a'))
  symlinkSync(path.join(content, 'loop-a'), path.join(content, 'loop-b'))
  mkdirSync(path.join(content, 'answers-folder.md'))
  execFileSync('mkfifo', [path.join(content, 'fifo.md')])
  symlinkSync(content, path.join(root, 'content-link'))
})

afterAll(() => rmSync(root, {recursive: true, force: true}))

function refusal(work: () => unknown): RefusedFileError {
  try {
    work()
  } catch (error) {
    expect(error).toBeInstanceOf(RefusedFileError)
    return error as RefusedFileError
  }
  throw new Error('expected the file to be refused')
}

describe('reading a file inside its folder', () => {
  it('reads a file inside, and a link to a file inside', () => {
    expect(readFileInside(path.join(content, 'guide.md'), {folders: [content]}).toString()).toBe('# Guide\n')
    expect(readFileInside(path.join(content, 'alias.md'), {folders: [content]}).toString()).toBe('# Guide\n')
    expect(resolveFile(path.join(content, 'alias.md'), {folders: [content]}).real).toBe(
      path.join(realpathSync(content), 'guide.md'),
    )
  })

  it("follows the folder's own links: a content folder reached through a symlink is still itself", () => {
    const linked = path.join(root, 'content-link')
    expect(readFileInside(path.join(linked, 'guide.md'), {folders: [linked]}).toString()).toBe('# Guide\n')
    expect(readFileInside(path.join(content, 'guide.md'), {folders: [linked]}).toString()).toBe('# Guide\n')
  })

  it('refuses a link to a file outside, naming the file and where it points', () => {
    const error = refusal(() =>
      readFileInside(path.join(content, 'answers.md'), {folders: [content], name: 'answers.md'}),
    )
    expect(error.message).toBe(
      `answers.md: refused: it is a link to ${realpathSync(path.join(outside, 'secret.txt'))}, outside the folder it may come from (${realpathSync(content)})`,
    )
    expect(error.exitCode).toBe(1)
    expect(refusal(() => readFileInside(path.join(content, 'passwd.png'), {folders: [content]})).message).toContain(
      'it is a link to /etc/passwd',
    )
  })

  it('refuses a file reached through a symlinked folder, and a path that climbs out', () => {
    expect(
      refusal(() => readFileInside(path.join(content, 'linked', 'secret.txt'), {folders: [content]})).message,
    ).toContain('outside the folder')
    expect(
      refusal(() => readFileInside(path.join(content, '..', 'outside', 'secret.txt'), {folders: [content]})).message,
    ).toMatch(/refused: outside the folder/)
  })

  it('accepts a file inside any of several folders', () => {
    expect(readFileInside(path.join(outside, 'secret.txt'), {folders: [content, outside]}).toString()).toBe(
      'the secret\n',
    )
  })

  it('refuses a FIFO at once, without opening it (which would wait for a writer forever)', () => {
    const started = Date.now()
    const error = refusal(() => readFileInside(path.join(content, 'fifo.md'), {folders: [content], name: 'fifo.md'}))
    expect(error.message).toBe('fifo.md: refused: it is a named pipe (FIFO), not a regular file')
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('refuses a folder, a socket and a device', async () => {
    expect(
      refusal(() => readFileInside(path.join(content, 'answers-folder.md'), {folders: [content], name: 'answers.md'}))
        .message,
    ).toBe('answers.md: refused: it is a folder, not a file')
    const socket = path.join(content, 'socket.md')
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(socket, resolve))
    try {
      expect(refusal(() => readFileInside(socket, {folders: [content], name: 'socket.md'})).message).toBe(
        'socket.md: refused: it is a socket, not a regular file',
      )
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
    expect(refusal(() => readFileInside('/dev/zero', {folders: ['/dev'], name: 'zero'})).message).toBe(
      'zero: refused: it is a device, not a regular file',
    )
  })

  it('says a missing file is missing, and a link loop is refused', () => {
    expect(() => readFileInside(path.join(content, 'nothing.md'), {folders: [content], name: 'nothing.md'})).toThrow(
      MissingFileError,
    )
    expect(
      refusal(() => readFileInside(path.join(content, 'loop-a'), {folders: [content], name: 'loop-a'})).message,
    ).toBe('loop-a: refused: its links go round in a loop')
  })

  it('decodes what it reads', () => {
    const warnings: Message[] = []
    expect(readTextInside(path.join(content, 'guide.md'), {folders: [content], warnings})).toBe('# Guide\n')
    expect(warnings).toEqual([])
  })
})

describe('decoding text', () => {
  const decode = (bytes: Uint8Array) => {
    const warnings: Message[] = []
    return {text: decodeText(bytes, 'guide.md', warnings), warnings: warnings.map(formatMessage)}
  }
  const fails = (bytes: Uint8Array) => {
    try {
      decode(bytes)
    } catch (error) {
      expect(error).toBeInstanceOf(StudypackError)
      return (error as Error).message
    }
    throw new Error('expected a failure')
  }

  it('reads UTF-8 with or without its byte-order mark', () => {
    expect(decode(Buffer.from('# Caf\u00e9\n')).text).toBe('# Caf\u00e9\n')
    expect(decode(Buffer.from('\uFEFF# Caf\u00e9\n')).text).toBe('# Caf\u00e9\n')
  })

  it('decodes UTF-16 with a byte-order mark, either byte order', () => {
    const text = '# Caf\u00e9 \u2014 \u{1F600}\n'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    expect(decode(le).text).toBe(text)
    expect(decode(be).text).toBe(text)
  })

  it('says UTF-16 without a byte-order mark is not supported, and what to do', () => {
    expect(fails(Buffer.from('# A guide in UTF-16\n\nSome text.\n', 'utf16le'))).toBe(`guide.md: ${UTF16_UNSUPPORTED}`)
    expect(UTF16_UNSUPPORTED).toMatch(/UTF-16 is not supported.*save the file as UTF-8/)
  })

  it('refuses UTF-32 and binary files with a line saying so', () => {
    expect(fails(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a\0\0\0')]))).toBe(
      'guide.md: UTF-32 is not supported: save the file as UTF-8',
    )
    expect(fails(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]))).toBe(
      'guide.md: this is a binary file, not markdown',
    )
  })

  it('replaces bad UTF-8 bytes and names the first', () => {
    const {text, warnings} = decode(Buffer.from([0x61, 0x62, 0xff, 0x63]))
    expect(text).toBe('ab\uFFFDc')
    expect(warnings).toEqual(['guide.md: invalid UTF-8 at byte 2; bad bytes are shown as \uFFFD [invalid-utf8]'])
  })
})
