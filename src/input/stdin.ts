/**
 * A guide piped in (`studypack build -`): read whole from standard input. It
 * has no folder of its own, so its images and links are relative to the
 * working folder, and it has no manifest: every section is common.
 */
import {DEFAULT_MANIFEST} from '../config/manifest/defaults.js'
import {StudypackError} from '../core/errors.js'
import type {Message} from '../core/messages.js'
import type {Content} from './content.js'
import {describeCuts, guardMarkdown} from './guard.js'
import {decodeText} from './read.js'

export const STDIN = '-'

/** How `-` passes through yargs, which would read a lone `-` as an empty string. */
export const STDIN_ARG = 'studypack:stdin'

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}

export async function stdinContent(stream: NodeJS.ReadableStream = process.stdin): Promise<Content> {
  if ((stream as NodeJS.ReadStream).isTTY) {
    throw new StudypackError(
      '-: standard input is a terminal; pipe a guide in, such as: cat guide.md | studypack build -',
    )
  }
  const warnings: Message[] = []
  const text = decodeText(await readAll(stream), 'stdin', warnings)
  if (text.trim() === '') throw new StudypackError('stdin: the guide is empty')
  const guarded = guardMarkdown(text)
  warnings.push(...describeCuts('stdin.md', guarded.cuts))
  return {
    folder: process.cwd(),
    manifest: DEFAULT_MANIFEST,
    manifestFile: null,
    files: [{name: 'stdin.md', text: guarded.text}],
    answers: null,
    glossary: null,
    placeOf: () => ({file: 'studypack.yaml'}),
    warnings,
  }
}
