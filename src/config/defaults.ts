/**
 * Defaults needed before the config is built: the command line starts a
 * build's browser before it loads the config's schema (cli/early.ts).
 */

/** Seconds a browser step may take (--timeout). */
export const DEFAULT_TIMEOUT_S = 60

/** The seconds --timeout may be given. */
export const TIMEOUT_RANGE_S = {min: 1, max: 3600}
