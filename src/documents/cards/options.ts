/**
 * The `build` options of the card documents, and how they read: yargs checks
 * the choices, this module the one option yargs cannot (`--back-offset`).
 */
import type {Options} from 'yargs'
import {UsageError} from '../../core/errors.js'
import {CARD_SIZES, DUPLEX_MODES, parseOffset, type LayoutOptions} from './layout.js'

export const CARD_OPTIONS: Record<string, Options> = {
  'card-size': {
    choices: CARD_SIZES,
    default: 'grid',
    describe:
      'Question cards: grid = 8 cards a sheet of --paper (2 × 4, cut marks); index-3x5, index-4x6, a6 = one card a page, for card stock. Example: --card-size index-3x5',
  },
  duplex: {
    choices: DUPLEX_MODES,
    default: 'long',
    describe:
      'How the printer turns the sheet: long = flip on long edge (backs mirror the columns), short = flip on short edge (backs mirror the rows), none = front and back side by side, to fold. Example: --duplex short',
  },
  'back-offset': {
    type: 'string',
    default: '0,0',
    describe:
      'Move every back page by X,Y mm (right, down) when your printer does not put backs exactly behind fronts. Example: --back-offset 1.5,-0.5',
  },
}

export function layoutOptions(args: Record<string, unknown>, paper: LayoutOptions['paper']): LayoutOptions {
  const text = String(args['back-offset'] ?? '0,0')
  const backOffset = parseOffset(text)
  if (!backOffset || Math.abs(backOffset.x) > 20 || Math.abs(backOffset.y) > 20) {
    throw new UsageError(
      `--back-offset "${text}": expected X,Y in millimetres (each between -20 and 20), such as 1.5,-0.5`,
    )
  }
  return {
    paper,
    size: (args['card-size'] as LayoutOptions['size'] | undefined) ?? 'grid',
    duplex: (args.duplex as LayoutOptions['duplex'] | undefined) ?? 'long',
    backOffset,
  }
}
