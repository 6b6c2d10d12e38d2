/**
 * Which packs a command asks for, and where each goes: `OUT/<role>` for every
 * domain, `OUT/<role>-<domain>[-<domain>]` (sorted) for a choice of domains.
 */
import {UsageError} from '../core/errors.js'
import type {Manifest} from '../config/manifest/schema.js'
import {resolveId} from './resolve.js'
import type {Selection} from './sections.js'

export interface Pack extends Selection {
  folder: string
}

export function packFolder(selection: Selection): string {
  const who = selection.role ?? 'all'
  if (selection.domains === null) return who
  return selection.domains.length === 0 ? `${who}-none` : `${who}-${[...selection.domains].sort().join('-')}`
}

/** `--domain` values: ids, names or aliases, comma lists allowed, "none" for none. */
export function resolveDomains(values: string[] | undefined, manifest: Manifest): string[] | null {
  const inputs = (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
  if (inputs.length === 0) return null
  if (inputs.some((value) => value.toLowerCase() === 'none')) {
    if (inputs.length > 1) throw new UsageError('--domain none cannot be combined with other domains')
    return []
  }
  return [...new Set(inputs.map((value) => resolveId('domain', value, manifest.domains)))].sort()
}

export function resolvePack(
  role: string | undefined,
  domains: string[] | undefined,
  manifest: Manifest,
  hasManifest: boolean,
): Pack {
  if (!role && hasManifest) {
    const valid = Object.entries(manifest.roles)
      .map(([id, entry]) => `${id} (${entry.name})`)
      .join(', ')
    throw new UsageError(`--role is required. Valid roles: ${valid}`)
  }
  const selection: Selection = {
    role: role ? resolveId('role', role, manifest.roles) : null,
    domains: resolveDomains(domains, manifest),
  }
  return {...selection, folder: packFolder(selection)}
}

/** Every role with all domains, then with each single domain. */
export function allPacks(manifest: Manifest): Pack[] {
  const domainChoices: Array<string[] | null> = [null, ...Object.keys(manifest.domains).map((domain) => [domain])]
  return Object.keys(manifest.roles).flatMap((role) =>
    domainChoices.map((domains) => ({role, domains, folder: packFolder({role, domains})})),
  )
}
