/**
 * The installed package's version, read from its own package.json: yargs
 * looks for one from the working folder up, which from a user's folder finds
 * theirs, or none ("unknown").
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {PROJECT_ROOT} from './paths.js'

export const VERSION: string = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version
