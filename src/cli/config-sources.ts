/**
 * The sources of a command's options, highest first: flags, STUDYPACK_*
 * variables, the config file, and (when no source names the guide) a guide
 * found in the working folder. The guide's front matter comes later, once
 * the guide is read (see run/build.ts).
 */
import {allOptions, buildConfig, type BuildConfig} from '../config/build-config.js'
import {envLayer, fileLayer, flagLayer, type Layer, merge} from '../config/sources.js'
import {UsageError} from '../core/errors.js'
import {DOCUMENTS} from '../documents/index.js'
import {contentIn} from '../input/find.js'
import {STDIN, STDIN_ARG} from '../input/stdin.js'
import {usage} from '../config/usage.js'

/** The positional GUIDE and --content are one option: given both ways, it is given twice. */
function withInput(args: Record<string, unknown>): Record<string, unknown> {
  const stdin = (value: unknown) => (value === STDIN_ARG ? STDIN : value)
  if (args.guide === undefined) return {...args, content: stdin(args.content)}
  if (args.content !== undefined) throw new UsageError('name the guide once: as GUIDE or with --content, not both')
  return {...args, content: stdin(args.guide)}
}

function foundLayer(cwd: string): Layer {
  const found = contentIn(cwd)
  if (!found) return new Map()
  return new Map([['content', {value: found.path, origin: {label: '--content', source: found.why}}]])
}

export async function configOf(args: Record<string, unknown>, cwd = process.cwd()): Promise<BuildConfig> {
  return usage(async () => {
    const specs = allOptions(DOCUMENTS)
    const layers = [
      flagLayer(withInput(args), specs),
      envLayer(process.env, specs),
      (await fileLayer(cwd, specs)).layer,
    ]
    if (!merge(layers).has('content')) layers.push(foundLayer(cwd))
    return buildConfig(layers, DOCUMENTS)
  })
}
