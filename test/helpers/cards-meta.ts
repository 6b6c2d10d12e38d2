/** The pack facts a build would give the card documents, for tests that build decks directly. */
import type {Study} from '../../src/select/study.js'
import type {PackMeta} from '../../src/documents/guide/view.js'

export function metaFor(study: Study, role: string, domains: string[] | null = null): PackMeta {
  const {manifest} = study.content
  const ids = domains ?? Object.keys(manifest.domains)
  return {
    role: {id: role, name: manifest.roles[role]!.name},
    domains: ids.map((id) => ({id, name: manifest.domains[id]!.name})),
    allDomains: domains === null,
    date: '1 January 2025',
    source: 'guide.md',
    paper: 'a4',
  }
}
