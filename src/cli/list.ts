/**
 * `studypack list`: what the tool sees in a guide — roles, domains, sections,
 * and how many questions and topics each role gets — as text or JSON. With
 * `--questions`, every question found instead (see questions.ts); with
 * `--plan`, a pack's study plan (see documents/plan/).
 */
import type {Argv, CommandModule} from 'yargs'
import {glossaryReport} from '../model/glossary/index.js'
import {loadStudy, type Study} from '../select/study.js'
import type {Section} from '../model/types.js'
import {allSections, selectGuide} from '../select/sections.js'
import {COMMON_OPTIONS, buildOptions, readOptions} from '../config/build-config.js'
import {UsageError} from '../core/errors.js'
import {DOCUMENT_NAMES} from '../documents/index.js'
import {makePlan} from '../documents/plan/make.js'
import {PLAN_OPTIONS, type PlanOptions, planSettings} from '../documents/plan/options.js'
import {planText} from '../documents/plan/tasks.js'
import {packLabel} from '../documents/meta.js'
import {metaOf} from '../run/build.js'
import {resolvePack} from '../select/packs.js'
import {formatMessage} from '../core/messages.js'
import {usage} from '../config/usage.js'
import {withOptions} from './options.js'
import {printQuestions, questionListing} from '../select/questions.js'

interface ListArgs {
  content: string
  json?: boolean
  questions?: boolean
  explain?: boolean
  plan?: boolean
  [option: string]: unknown
}

const topicCount = (section: Section) =>
  section.parts.filter((part) => part.kind === 'topics').reduce((sum, part) => sum + part.items.length, 0)

const count = (sections: Section[], kind: 'questions' | 'topics') =>
  sections.reduce((sum, section) => sum + (kind === 'questions' ? section.questions.length : topicCount(section)), 0)

export function listing(study: Study) {
  const {manifest} = study.content
  const sections = allSections(study.guide)
  const roles = Object.entries(manifest.roles).map(([id, entry]) => {
    const kept = allSections(selectGuide(study.guide, study.tags, {role: id, domains: null}))
    return {
      id,
      name: entry.name,
      aliases: entry.aliases,
      sections: kept.length,
      questions: count(kept, 'questions'),
      topics: count(kept, 'topics'),
    }
  })
  const domains = Object.entries(manifest.domains).map(([id, entry]) => ({
    id,
    name: entry.name,
    aliases: entry.aliases,
  }))
  return {
    title: study.guide.title,
    sources: study.guide.sources,
    manifest: study.content.manifestFile,
    roles,
    domains,
    sections: sections.map((section) => {
      const tag = study.tags.tags.get(section.slug)
      return {
        slug: section.slug,
        title: section.title,
        depth: section.depth,
        path: section.path,
        line: section.position.line,
        roles: tag?.roles ?? null,
        domains: tag?.domains ?? null,
        questions: section.questions.length,
        topics: count([section], 'topics'),
        parts: section.parts.map((part) => ({kind: part.kind, label: part.label, items: part.items.length})),
      }
    }),
    glossary: glossaryReport(study),
    warnings: study.warnings.map(formatMessage),
  }
}

function glossaryLines({glossary}: ReturnType<typeof listing>): string[] {
  if (!glossary.file)
    return ['', `Glossary: none (add glossary.md beside the guide to define its ${glossary.terms} topic terms)`]
  const missing = glossary.missing.map((term) => `  ${term.term}  (${term.file}:${term.line}, ${term.section})`)
  const head = `Glossary: ${glossary.file}, ${glossary.entries} entries; ${glossary.missing.length} of ${glossary.terms} topic terms without an entry${missing.length ? ':' : ''}`
  return ['', head, ...missing]
}

function printText(data: ReturnType<typeof listing>): void {
  const out: string[] = [
    `${data.title}  (${data.sources.join(', ')}${data.manifest ? '' : '; no manifest: every section is common'})`,
    '',
    'Roles',
  ]
  for (const role of data.roles) {
    out.push(
      `  ${role.id.padEnd(20)} ${role.name.padEnd(22)} ${String(role.sections).padStart(3)} sections ${String(role.questions).padStart(4)} questions ${String(role.topics).padStart(4)} topics`,
    )
  }
  out.push('', 'Domains')
  for (const domain of data.domains)
    out.push(
      `  ${domain.id.padEnd(20)} ${domain.name}${domain.aliases.length ? ` (also: ${domain.aliases.join(', ')})` : ''}`,
    )
  out.push('', 'Sections')
  for (const section of data.sections) {
    const tag = [
      section.roles && `roles: ${section.roles.join(', ')}`,
      section.domains && `domains: ${section.domains.join(', ')}`,
    ]
      .filter(Boolean)
      .join('; ')
    const counts = [section.questions && `${section.questions} q`, section.topics && `${section.topics} topics`]
      .filter(Boolean)
      .join(', ')
    out.push(
      `  ${'  '.repeat(Math.max(0, section.path.length - 1))}${section.title}${counts ? `  [${counts}]` : ''}${tag ? `  {${tag}}` : ''}`,
    )
  }
  out.push(...glossaryLines(data))
  process.stdout.write(`${out.join('\n')}\n`)
}

/** The pack options `list --plan` shares with `build`. */
const {role, domain} = buildOptions(DOCUMENT_NAMES)
const PLAN_SELECTION = {role, domain}

/** `list --plan`: the options checked before the guide is read, as a build checks them; no page numbers without a print. */
async function listPlan(args: ListArgs): Promise<void> {
  const options = usage(() => readOptions({...COMMON_OPTIONS, ...PLAN_SELECTION}, args)) as {
    content: string
    role?: string
    domain?: string[]
  }
  const settings = usage(() => {
    const read = planSettings(readOptions(PLAN_OPTIONS, args) as PlanOptions)
    if (!read) throw new UsageError('--plan needs --interview-date or --days')
    return read
  })
  const study = await loadStudy(options.content)
  for (const message of study.warnings) process.stderr.write(`warning: ${formatMessage(message)}\n`)
  const {manifest, manifestFile} = study.content
  const pack = resolvePack(options.role, options.domain, manifest, manifestFile !== null)
  const meta = metaOf(study, pack, 'a4')
  const {plan} = makePlan(study, selectGuide(study.guide, study.tags, pack), pack, meta, settings)
  if (args.json)
    process.stdout.write(`${JSON.stringify({pack: pack.folder, label: packLabel(meta), ...plan}, null, 2)}\n`)
  else process.stdout.write(`${planText(plan, packLabel(meta))}\n`)
}

export const listCommand: CommandModule<object, ListArgs> = {
  command: 'list',
  describe: 'Show the roles, domains and sections studypack sees in a guide',
  builder: (yargs: Argv) =>
    withOptions(withOptions(yargs, {...COMMON_OPTIONS, ...PLAN_SELECTION}), PLAN_OPTIONS)
      .option('json', {type: 'boolean', describe: 'Print one JSON object instead of text'})
      .option('questions', {
        type: 'boolean',
        describe: 'List every question found: kind, section, answer (with --json: one JSON array)',
      })
      .option('explain', {
        type: 'boolean',
        describe:
          'With --questions: why each question was taken (features, series) and what was attached as its answer',
      })
      .option('plan', {
        type: 'boolean',
        describe:
          "A pack's study plan as text (with --json: one JSON object); takes --role, --domain and the plan's options",
      })
      .example('$0 list', 'Roles, domains, and each section with its tags and counts')
      .example('$0 list --plan -r mle --interview-date 2026-12-20', 'The study plan of plan.pdf, day by day')
      .example('$0 list --json --content my-guide.md', 'The same for another guide, as JSON')
      .example(
        '$0 list --questions --content my-guide.md',
        'Every question found, its kind and whether it has an answer',
      )
      .example(
        '$0 list --questions --explain --content my-guide.md',
        'The same, with why each was taken and what was attached as its answer',
      ) as unknown as Argv<ListArgs>,
  handler: async (args) => {
    if (args.plan) return listPlan(args)
    const {content} = usage(() => readOptions(COMMON_OPTIONS, args)) as {content: string}
    const study = await loadStudy(content)
    for (const message of study.warnings) process.stderr.write(`warning: ${formatMessage(message)}\n`)
    if (args.questions) {
      const entries = questionListing(study)
      if (args.json) process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`)
      else printQuestions(entries, {explain: args.explain})
      return
    }
    const data = listing(study)
    if (args.json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`)
    else printText(data)
  },
}
