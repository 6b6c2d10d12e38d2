/**
 * Read and validate a manifest. Every error names the file, the line and
 * column, the key and what was expected, so the author can go straight there.
 */
import {isMap, isNode, LineCounter, parseDocument, type Document} from 'yaml'
import type {z} from 'zod'
import {StudypackError} from '../../core/errors.js'
import {manifestSchema, type Manifest} from './schema.js'

type Issue = z.core.$ZodIssue

function keyPath(path: PropertyKey[]): string {
  return (
    path
      .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
      .join('') || '(top level)'
  )
}

/** The offset of the YAML node an issue points at: the key itself for an unknown key. */
function offsetOf(doc: Document, issue: Issue): number | undefined {
  const node = doc.getIn(issue.path, true)
  const keys =
    issue.code === 'unrecognized_keys' ? issue.keys : issue.code === 'invalid_key' ? [String(issue.path.at(-1))] : null
  const holder = issue.code === 'invalid_key' ? doc.getIn(issue.path.slice(0, -1), true) : (node ?? doc.contents)
  if (keys && isMap(holder)) {
    const pair = holder.items.find(
      (item) => isNode(item.key) && keys.includes(String((item.key as {value: unknown}).value)),
    )
    if (pair && isNode(pair.key)) return pair.key.range?.[0]
  }
  if (isNode(node)) return node.range?.[0]
  // A missing key: point at the object that should hold it.
  const parent = doc.getIn(issue.path.slice(0, -1), true)
  return isNode(parent) ? parent.range?.[0] : 0
}

function describe(issue: Issue): string {
  if (issue.code === 'invalid_key') return `invalid name: expected ${issue.issues[0]?.message ?? 'a valid key'}`
  if (issue.code === 'unrecognized_keys')
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
  return issue.message
}

export function parseManifest(text: string, file: string): Manifest {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, logLevel: 'error'})
  const syntax = doc.errors[0]
  if (syntax) {
    const at = lineCounter.linePos(syntax.pos[0])
    throw new StudypackError(`${file}:${at.line}:${at.col}: YAML syntax error: ${syntax.message.split('\n')[0]}`)
  }
  let data: unknown
  try {
    // A few aliases are a convenience; thousands are an alias bomb that would expand to gigabytes.
    data = doc.toJS({maxAliasCount: 100})
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error
    throw new StudypackError(
      `${file}: its YAML aliases expand too far (more than 100 of them); write the values out instead`,
    )
  }
  const result = manifestSchema.safeParse(data ?? {})
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const at = lineCounter.linePos(offsetOf(doc, issue) ?? 0)
    return `${file}:${at.line}:${at.col}: ${keyPath(issue.path)}: ${describe(issue)}`
  })
  throw new StudypackError(`invalid manifest\n${lines.join('\n')}`)
}

/** Where the value at `keys` sits in the manifest's text (1-based), for messages about it. */
export function placeOf(text: string, keys: Array<string | number>): {line: number; column: number} {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {lineCounter, prettyErrors: false})
  const node = doc.getIn(keys, true)
  const parent = doc.getIn(keys.slice(0, -1), true)
  // For a map entry, point at its key: that is what the author wrote and will look for.
  let offset = isNode(node) ? node.range?.[0] : undefined
  if (isMap(parent)) {
    const pair = parent.items.find(
      (item) => isNode(item.key) && String((item.key as {value: unknown}).value) === String(keys.at(-1)),
    )
    if (pair && isNode(pair.key)) offset = pair.key.range?.[0]
  }
  const at = lineCounter.linePos(offset ?? 0)
  return {line: at.line, column: at.col}
}
