/**
 * A proposal (propose.ts) as the text of a studypack.yaml: every role, domain
 * and section tag preceded by a "suggested:" comment that says why, and every
 * section the proposal leaves common listed as a comment, so that the author
 * sees the whole guide and can tag any of it. Strings are written as JSON,
 * which YAML reads as double-quoted scalars.
 */
import type {Proposal, ProposedEntry, ProposedSection} from './propose.js'

const quote = (text: string) => JSON.stringify(text)
const list = (items: string[]) => `[${items.map(quote).join(', ')}]`
/** A reason on one comment line: a heading may hold a line break or a "#". */
const comment = (text: string) => text.replace(/\s+/g, ' ')

function entryLines(entry: ProposedEntry): string[] {
  return [
    `  # suggested: ${comment(entry.reason)}`,
    `  ${entry.id}:`,
    `    name: ${quote(entry.name)}`,
    ...(entry.aliases.length > 0 ? [`    aliases: ${list(entry.aliases)}`] : []),
    ...(entry.description ? [`    description: ${quote(entry.description)}`] : []),
  ]
}

function sectionLines(section: ProposedSection): string[] {
  const indent = '  '.repeat(Math.max(0, section.depth - 1))
  if (!section.reason)
    return [`  # ${indent}${comment(section.reference)}   (line ${section.line}: common to every role and domain)`]
  const tag = [
    ...(section.roles ? [`roles: [${section.roles.join(', ')}]`] : []),
    ...(section.domains ? [`domains: [${section.domains.join(', ')}]`] : []),
  ].join(', ')
  return [
    `  # ${indent}suggested (line ${section.line}): ${comment(section.reason)}`,
    `  ${quote(section.reference)}: {${tag}}`,
  ]
}

export interface DraftOptions {
  /** What the manifest's `guide` key names: the guide file or files, relative to the manifest. */
  guide: string[]
  /** Shown in the header: the guide the proposal was made for. */
  source: string
}

export function draftManifest(proposal: Proposal, options: DraftOptions): string {
  const tagged = proposal.sections.filter((section) => section.reason).length
  const header = [
    `# studypack manifest for ${options.source}, proposed by \`studypack init\`.`,
    '#',
    "# Every role, domain and tag below is a SUGGESTION, made from the guide's own words: headings that",
    "# name a role or a domain, and sections whose text uses the terms of a role's focus. Check each",
    '# "suggested:" line, change or delete what is wrong, then build one pack per role:',
    `#   studypack build -r ${proposal.roles[0]?.id ?? 'ROLE'}`,
    "# A section that is not tagged belongs to every role and every domain; a tagged section's",
    '# sub-sections inherit its tag. Sections are named by heading path ("Part > Chapter") or #slug.',
    `# ${tagged} of ${proposal.sections.length} sections are tagged.`,
  ]
  const guide = options.guide.length === 1 ? quote(options.guide[0]!) : list(options.guide)
  const domains = proposal.domains.length
    ? ['domains:', ...proposal.domains.flatMap(entryLines)]
    : ['# No heading or section names a domain (computer vision, NLP, time series): none proposed.', 'domains: {}']
  const sections = proposal.sections.flatMap(sectionLines)
  return [
    ...header,
    `guide: ${guide}`,
    '',
    'roles:',
    ...proposal.roles.flatMap(entryLines),
    '',
    ...domains,
    '',
    tagged > 0 ? 'sections:' : 'sections: {}',
    ...sections,
    '',
  ].join('\n')
}
