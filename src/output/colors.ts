/**
 * Colours for what the tool prints, only where they help: on a terminal,
 * unless NO_COLOR is set (https://no-color.org) or TERM is "dumb".
 * FORCE_COLOR=1 turns them on for a pipe, FORCE_COLOR=0 off everywhere.
 */

export interface Paint {
  enabled: boolean
  yellow(text: string): string
  red(text: string): string
  green(text: string): string
  bold(text: string): string
  dim(text: string): string
}

export function colorsEnabled(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

const style = (enabled: boolean, open: number, close: number) => (text: string) =>
  enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text

export function paint(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): Paint {
  const enabled = colorsEnabled(stream, env)
  return {
    enabled,
    yellow: style(enabled, 33, 39),
    red: style(enabled, 31, 39),
    green: style(enabled, 32, 39),
    bold: style(enabled, 1, 22),
    dim: style(enabled, 2, 22),
  }
}
