/** Options every command shares. */
import type {Argv} from 'yargs'
import {DEFAULT_CONTENT} from '../core/paths.js'

export interface CommonArgs {
  content: string
  debug?: boolean
}

export function commonOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('content', {
      alias: 'c',
      type: 'string',
      default: DEFAULT_CONTENT,
      defaultDescription: 'the bundled content/ folder',
      describe: 'Guide file, or folder with guide and studypack.yaml',
    })
    .option('debug', {type: 'boolean', describe: 'Show stack traces and browser details'})
}
