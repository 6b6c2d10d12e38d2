/** What a run tells its user, on stderr so stdout stays free for data (`list --json`). */
export interface Reporter {
  info(line: string): void
  warn(line: string): void
}

export function reporter(quiet = false, stream: NodeJS.WritableStream = process.stderr): Reporter {
  return {
    info: (line) => void (quiet || stream.write(`${line}\n`)),
    warn: (line) => void stream.write(`warning: ${line}\n`),
  }
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
