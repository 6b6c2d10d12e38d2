/**
 * The `build` options of the card documents. The card size and the duplex
 * mode are choices; the back offset is read here, into millimetres.
 */
import {z} from 'zod'
import {oneOf, option} from '../../config/options.js'
import {CARD_SIZES, DUPLEX_MODES, parseOffset} from './layout.js'

/**
 * A printer that misses by more than this is better served by another duplex
 * mode. Single-card pages keep their content 4 mm + this from the edge
 * (cards/style.css), so a moved back still clears a printer's unprintable margin.
 */
export const MAX_OFFSET = 3

export const CARD_OPTIONS = {
  'card-size': option({
    type: 'string',
    choices: CARD_SIZES,
    schema: oneOf(CARD_SIZES).default('grid'),
    describe:
      'Question cards: grid = 8 cards a sheet of --paper (2 × 4, cut marks); index-3x5, index-4x6, a6 = one card a page, for card stock, all content 4 mm or more from its edge (with any --back-offset); with --duplex none, every size prints on sheets of --paper. Example: --card-size index-3x5',
  }),
  duplex: option({
    type: 'string',
    choices: DUPLEX_MODES,
    schema: oneOf(DUPLEX_MODES).default('long'),
    describe:
      'How the printer turns the sheet: long = flip on long edge (backs mirror the columns), short = flip on short edge (backs mirror the rows), none = the front and back of each card side by side (or one above the other) on one side of a sheet of --paper, with cut marks and a fold mark on the fold line, to cut and fold. Example: --duplex short',
  }),
  'back-offset': option({
    type: 'string',
    schema: z
      .string()
      .default('0,0')
      .transform((text, ctx) => {
        const offset = parseOffset(text)
        if (offset && Math.abs(offset.x) <= MAX_OFFSET && Math.abs(offset.y) <= MAX_OFFSET) return offset
        ctx.addIssue({
          code: 'custom',
          message: `expects X,Y in millimetres (each between -${MAX_OFFSET} and ${MAX_OFFSET}), such as 1.5,-0.5`,
        })
        return z.NEVER
      }),
    describe: `Move every back page by X,Y mm (right, down) when your printer does not put backs exactly behind fronts; each between -${MAX_OFFSET} and ${MAX_OFFSET}, so that content stays 4 mm or more from the paper's edge. Example: --back-offset 1.5,-0.5`,
  }),
}
