/** Where the project's own files are, wherever it is run from. */
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates')
export const DEFAULT_CONTENT = path.join(PROJECT_ROOT, 'content')
