/**
 * A usage error points at --help, as yargs' own do: whatever read the bad
 * option (a flag, a variable, a config file, front matter), the user gets
 * the same last line.
 */
import {UsageError} from '../core/errors.js'

export const USAGE_HINT = 'Run "studypack --help" for usage.'

const withHint = (error: unknown) =>
  error instanceof UsageError ? new UsageError(`${error.message}\n${USAGE_HINT}`) : error

/** Read options with `read`; a bad one is a usage error that points at --help, as yargs' own are. */
export function usage<T>(read: () => T): T {
  try {
    const result = read()
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        throw withHint(error)
      }) as T
    }
    return result
  } catch (error) {
    throw withHint(error)
  }
}
