/**
 * `studypack init [GUIDE]`: write a commented studypack.yaml for a guide that
 * has none, proposed from the guide's own words (config/manifest/propose.ts).
 * The text is checked by the manifest schema and against the guide's sections
 * before it is written, and an existing file is never overwritten.
 */
import {stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Argv, CommandModule} from 'yargs'
import {draftManifest} from '../select/propose/draft.js'
import {parseManifest, placeOf} from '../config/manifest/load.js'
import {proposeManifest, type Proposal} from '../select/propose/propose.js'
import {StudypackError} from '../core/errors.js'
import {loadContent, MANIFEST_NAME} from '../input/content.js'
import {selectGuide} from '../select/sections.js'
import {studyOf} from '../select/study.js'
import {allSections} from '../model/walk.js'

interface InitArgs {
  guide?: string
}

const shown = (file: string) => path.relative(process.cwd(), file) || file

async function manifestPathOf(guide: string): Promise<{file: string; isFolder: boolean}> {
  const target = path.resolve(guide)
  const info = await stat(target).catch(() => null)
  if (!info) throw new StudypackError(`${guide}: no such file or folder`)
  const folder = info.isDirectory() ? target : path.dirname(target)
  return {file: path.join(folder, MANIFEST_NAME), isFolder: info.isDirectory()}
}

/** The proposal's packs, one line per role: what `build -r` will print. */
function summary(proposal: Proposal, counts: Map<string, number>, total: number): string[] {
  const tagged = proposal.sections.filter((section) => section.reason).length
  const lines = proposal.roles.map(
    (role) => `  ${role.id.padEnd(20)} ${String(counts.get(role.id)).padStart(4)} of ${total} sections`,
  )
  const same = new Set(counts.values()).size <= 1 && tagged === 0
  return [
    `${proposal.roles.length} role${proposal.roles.length === 1 ? '' : 's'}, ${proposal.domains.length} domain${proposal.domains.length === 1 ? '' : 's'}, ${tagged} of ${total} sections tagged:`,
    ...lines,
    same
      ? 'Nothing in the guide tells the roles apart: every role gets the same pack until you tag sections.'
      : 'Every proposal is marked "suggested:" in the file; check them before you rely on the packs.',
  ]
}

export async function runInit(guide: string): Promise<void> {
  const {file, isFolder} = await manifestPathOf(guide)
  if (await stat(file).catch(() => null))
    throw new StudypackError(
      `${shown(file)} already exists; not overwritten (edit it, or remove it to propose a new one)`,
    )
  const content = await loadContent(guide)
  const study = studyOf(content)
  const proposal = proposeManifest(study.guide)
  const names = content.files.map((entry) => entry.name)
  const text = draftManifest(proposal, {guide: names, source: isFolder ? names.join(', ') : path.basename(guide)})
  // The same checks a build makes: the schema, then every section reference against the guide.
  const manifest = parseManifest(text, shown(file))
  const checked = studyOf({
    ...content,
    manifest,
    manifestFile: file,
    placeOf: (keys) => ({file: shown(file), ...placeOf(text, keys)}),
  })
  const total = allSections(checked.guide).length
  const counts = new Map(
    proposal.roles.map((role) => [
      role.id,
      allSections(selectGuide(checked.guide, checked.tags, {role: role.id, domains: null})).length,
    ]),
  )
  await writeFile(file, text, {flag: 'wx'}).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') throw new StudypackError(`${shown(file)} already exists; not overwritten`)
    throw new StudypackError(`cannot write ${shown(file)}: ${error.message}`, {cause: error})
  })
  const build = `studypack build ${shown(isFolder ? path.dirname(file) : path.resolve(guide))} -r ${proposal.roles[0]!.id}`
  process.stdout.write(
    [`wrote ${shown(file)}`, ...summary(proposal, counts, total), `Then: ${build}`].join('\n').concat('\n'),
  )
}

export const initCommand: CommandModule<object, InitArgs> = {
  command: 'init [guide]',
  describe: 'Write a commented studypack.yaml for a guide that has none, proposed from its own words',
  builder: (yargs: Argv) =>
    yargs
      .positional('guide', {type: 'string', describe: 'The guide file, or a folder of guide files', default: '.'})
      .example('$0 init notes/guide.md', 'Propose roles, domains and section tags → notes/studypack.yaml')
      .example('$0 init', 'The same for the guide(s) in the working folder') as unknown as Argv<InitArgs>,
  handler: async (args) => runInit(args.guide ?? '.'),
}
