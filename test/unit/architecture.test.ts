/**
 * The pipeline's shape, held by a test: each folder of src/ is a stage, and a
 * stage imports only the stages before it (data flows one way), and no
 * module keeps a cache of its own (every cache lives in run/context.ts).
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../../src/core/paths.js'

/** The stages, first to last; `core` is what every stage shares. */
const LAYERS = ['core', 'config', 'input', 'model', 'select', 'render', 'browser', 'documents', 'output', 'run', 'cli']
const SRC = path.join(PROJECT_ROOT, 'src')

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : [],
  )
}

const layerOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!

describe('the pipeline', () => {
  it('has one folder per stage and nothing loose', () => {
    expect(readdirSync(SRC).sort()).toEqual([...LAYERS].sort())
  })

  it('imports only earlier stages', () => {
    const backwards: string[] = []
    for (const file of files(SRC)) {
      const from = LAYERS.indexOf(layerOf(file))
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
        const target = layerOf(path.resolve(path.dirname(file), spec!))
        if (LAYERS.indexOf(target) > from) backwards.push(`${path.relative(SRC, file)} → ${spec}`)
      }
    }
    expect(backwards).toEqual([])
  })

  it('keeps no cache at module level: a top-level let or a map or set not named as a CONSTANT is state, and only the process signal state and the text of syntax nodes are allowed', () => {
    const found: string[] = []
    for (const file of files(SRC)) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/^(?:let \w+|const [a-z]\w* = new (?:Map|Set|WeakMap|WeakSet)\b)/gm)) {
        found.push(`${path.relative(SRC, file)}: ${match[0]}`)
      }
    }
    // Signal handling is the process's own state, not a cache. A node's text, kept weakly by the node, can
    // neither go stale (the model never changes a tree, and a new parse makes new nodes) nor outlive its tree.
    expect(found).toEqual([
      'core/lifecycle.ts: const cleanups = new Set',
      'core/lifecycle.ts: let ending',
      'model/text.ts: const nodeTexts = new WeakMap',
      'model/text.ts: const plainTexts = new WeakMap',
    ])
  })
})
