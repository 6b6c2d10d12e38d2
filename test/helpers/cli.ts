/** Run the compiled CLI as a user would, and keep what it said. */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {PROJECT_ROOT} from '../../src/core/paths.js'

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

export function studypack(args: string[], options: {env?: NodeJS.ProcessEnv; cwd?: string} = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: {...process.env, ...options.env},
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}
