/**
 * The manifest (`studypack.yaml` beside the guide): roles, domains, which
 * sections belong to which, and extra label vocabulary. Validated with zod so
 * that a mistake is reported against the key that holds it.
 */
import path from 'node:path'
import {z} from 'zod'

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes, such as "ml-engineer"')

/** How --role and --domain match names (select/resolve.ts folds the same way). */
const foldName = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .trim()

/** Climbs out of its folder: a `..` segment at the start once normalised (`..guide.md` is a name, not a climb). */
const climbsOut = (name: string) => path.normalize(name).split(/[\\/]/)[0] === '..'

/** A file beside the guide: the manifest may not point studypack at files outside its folder. */
const contentFile = z
  .string()
  .min(1)
  .refine(
    (name) => !path.isAbsolute(name) && !climbsOut(name),
    'a path inside the content folder, such as "answers.md"',
  )

const entry = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
})

const tag = z.strictObject({
  roles: z.array(z.string()).min(1).optional(),
  domains: z.array(z.string()).min(1).optional(),
})

const labels = z.strictObject({
  questions: z.array(z.string()).optional(),
  topics: z.array(z.string()).optional(),
  tips: z.array(z.string()).optional(),
  steps: z.array(z.string()).optional(),
})

/** One source of the day-of checklist: a section (heading path or slug) and its sub-sections. */
const checklistEntry = z.strictObject({
  section: z.string().min(1),
  /** The group's heading on the checklist (default: the section's title). */
  title: z.string().min(1).optional(),
  /** 1 is kept longest; when the page is full, the highest number is dropped first (default: list order). */
  priority: z.number().int().min(1).optional(),
})

export const manifestSchema = z
  .strictObject({
    title: z.string().min(1).optional(),
    guide: z.union([contentFile, z.array(contentFile).min(1)]).optional(),
    /** Answer key beside the guide (default answers.md, when present). */
    answers: contentFile.optional(),
    /** Definitions of topic-list terms for the cheat sheet (default glossary.md, when present). */
    glossary: contentFile.optional(),
    roles: z.record(id, entry).refine((roles) => Object.keys(roles).length > 0, 'at least one role'),
    domains: z.record(id, entry).default({}),
    sections: z.record(z.string(), tag).default({}),
    labels: labels.optional(),
    /** Which sections feed the day-of checklist (default: found by the guide's headings). */
    checklist: z.array(checklistEntry).min(1).optional(),
  })
  .superRefine((manifest, ctx) => {
    // Two roles (or two domains) answering to the same name: --role could only ever pick the first.
    for (const field of ['roles', 'domains'] as const) {
      const owners = new Map<string, string>()
      for (const [id, entry] of Object.entries(manifest[field])) {
        const names: Array<[string, PropertyKey[]]> = [
          [id, [field, id]],
          [entry.name, [field, id, 'name']],
          ...entry.aliases.map((alias, index): [string, PropertyKey[]] => [alias, [field, id, 'aliases', index]]),
        ]
        for (const [name, at] of names) {
          const key = foldName(name)
          const owner = owners.get(key)
          if (owner !== undefined && owner !== id) {
            ctx.addIssue({
              code: 'custom',
              path: at,
              message: `"${name}" also names ${field === 'roles' ? 'role' : 'domain'} "${owner}"; each name may belong to one`,
            })
          }
          if (owner === undefined) owners.set(key, id)
        }
      }
    }
    // A tag may only name roles and domains the manifest declares.
    for (const [key, value] of Object.entries(manifest.sections)) {
      for (const field of ['roles', 'domains'] as const) {
        const known = Object.keys(manifest[field])
        value[field]?.forEach((name, index) => {
          if (!known.includes(name)) {
            ctx.addIssue({
              code: 'custom',
              path: ['sections', key, field, index],
              message: `expected one of ${known.join(', ')}, got "${name}"`,
            })
          }
        })
      }
    }
  })

export type Manifest = z.output<typeof manifestSchema>
export type ManifestEntry = z.output<typeof entry>
export type SectionTag = z.output<typeof tag>
export type ChecklistEntry = z.output<typeof checklistEntry>
