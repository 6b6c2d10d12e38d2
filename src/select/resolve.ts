/**
 * Turn what the user typed (`--role mle`, `--domain "Computer Vision"`) into
 * manifest ids, or a usage error that lists the valid ones and the nearest.
 */
import {distance} from 'fastest-levenshtein'
import {UsageError} from '../core/errors.js'
import type {ManifestEntry} from '../config/manifest/schema.js'

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .trim()

function candidates(entries: Record<string, ManifestEntry>): Array<{id: string; name: string}> {
  return Object.entries(entries).flatMap(([id, entry]) =>
    [id, entry.name, ...entry.aliases].map((name) => ({id, name})),
  )
}

export function resolveId(kind: 'role' | 'domain', input: string, entries: Record<string, ManifestEntry>): string {
  const all = candidates(entries)
  const hit = all.find(({name}) => fold(name) === fold(input))
  if (hit) return hit.id
  const nearest = all
    .map(({id, name}) => ({id, score: distance(fold(name), fold(input)) / Math.max(name.length, input.length)}))
    .sort((a, b) => a.score - b.score)[0]
  const guess = nearest && nearest.score <= 0.4 ? ` Did you mean "${nearest.id}"?` : ''
  const valid = Object.entries(entries)
    .map(
      ([id, entry]) =>
        `  ${id.padEnd(20)} ${entry.name}${entry.aliases.length ? ` (also: ${entry.aliases.join(', ')})` : ''}`,
    )
    .join('\n')
  return fail(`unknown ${kind} "${input}".${guess}\nValid ${kind}s:\n${valid}`)
}

function fail(message: string): never {
  throw new UsageError(message)
}
