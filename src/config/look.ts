/**
 * How a run dresses its documents: a built-in theme (templates/themes/), the
 * user's stylesheets, and the user's templates. Chosen with the other options.
 */
export const THEMES = ['studypack', 'compact', 'large-print', 'ink-saver'] as const
export type Theme = (typeof THEMES)[number]

export interface Look {
  theme: Theme
  /** Absolute paths of --css files, linked after the theme in this order. */
  css: string[]
  /** A folder whose .hbs files override the bundled templates and partials by name. */
  templates?: string
}

export const DEFAULT_LOOK: Look = {theme: 'studypack', css: []}
