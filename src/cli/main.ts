#!/usr/bin/env node
/**
 * The bin. After the setup the command line is one CommonJS bundle beside
 * this file, run from V8's code cache (code-cache.ts); unbundled (an npm
 * install, a build without the setup) it is the modules themselves (entry.ts).
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {runCached} from './code-cache.js'

const BUNDLE = fileURLToPath(new URL('./studypack.cjs', import.meta.url))

if (existsSync(BUNDLE)) runCached(BUNDLE, (specifier) => import(specifier))
else await import('./entry.js')
