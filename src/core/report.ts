/** What a run tells its user (see output/progress.ts), and how sizes are shown. */
import type {Message} from './messages.js'

export interface Reporter {
  info(line: string): void
  warn(message: Message): void
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
