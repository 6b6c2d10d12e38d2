/**
 * What every document of a pack says about the pack: who it is for, which
 * domains, when and from what it was made, and the paper it is printed on.
 */
import type {Paper} from '../config/paper.js'

export interface PackMeta {
  role: {id: string; name: string; description?: string} | null
  domains: Array<{id: string; name: string}>
  /** True when the pack covers every domain of the manifest. */
  allDomains: boolean
  date: string
  source: string
  paper: Paper
}

/** "ML Engineer · NLP, CV": the pack as a person reads it. */
export function packLabel(meta: PackMeta): string {
  const who = meta.role?.name ?? 'All roles'
  if (meta.allDomains) return who
  return meta.domains.length ? `${who} · ${meta.domains.map((domain) => domain.name).join(', ')}` : `${who} · no domain`
}
