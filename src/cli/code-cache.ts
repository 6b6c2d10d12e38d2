/**
 * Run a CommonJS bundle compiled from V8's code cache: the bytecode of every
 * function a build ran, saved beside the bundle by an earlier run. Compiling
 * the 4 MB bundle, and then each function the first time it runs, costs a
 * cold process some hundreds of milliseconds; the cache is read in about 20.
 * (Node 22 has module.enableCompileCache for this; Node 20 has vm.Script.)
 * V8 refuses a cache of another version or other flags: the bundle is then
 * compiled from source, and this run's cache replaces that one when it exits.
 */
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

export type Importer = (specifier: string) => Promise<unknown>

/** The cache of `bundle` for this V8 (a cache of another is refused anyway). */
export function cacheFileOf(bundle: string): string {
  return `${bundle}.${process.arch}-v8-${process.versions.v8}.cache`
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** Written whole or not at all (two runs may save at once); a folder we may not write to keeps no cache. */
function saveCache(script: vm.Script, file: string): void {
  const temp = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temp, script.createCachedData())
    renameSync(temp, file)
  } catch {
    // Read-only install: every run compiles, as without a cache.
  }
}

/**
 * The bundle as CommonJS wraps it, with one more parameter: `__import`
 * (core/late-import.ts), since a script compiled from a cache cannot import().
 */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname, __import) {${source}\n})`

/** Runs `bundle`; says whether V8 took its cache ('cached') or compiled it ('compiled'). */
export function runCached(bundle: string, importer: Importer): 'cached' | 'compiled' {
  const cacheFile = cacheFileOf(bundle)
  const cachedData = readCache(cacheFile)
  const script = new vm.Script(wrap(readFileSync(bundle, 'utf8')), {filename: bundle, cachedData})
  // Saved at exit, once the build has run: the cache then holds the functions it compiled on the way.
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => saveCache(script, cacheFile))
  const module = {exports: {}}
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), importer)
  return cachedData && !script.cachedDataRejected ? 'cached' : 'compiled'
}
