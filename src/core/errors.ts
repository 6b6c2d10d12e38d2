/**
 * The two kinds of failure a user can meet. The CLI maps them to exit codes:
 * a UsageError (the user asked for something that does not exist) exits 2,
 * a StudypackError (the input or the machine let us down) exits 1.
 * Anything else is a bug, shown with its stack only under --debug.
 */
export class StudypackError extends Error {
  readonly exitCode: number = 1
  constructor(message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'StudypackError'
  }
}

export class UsageError extends StudypackError {
  override readonly exitCode = 2
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
