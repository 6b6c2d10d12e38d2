/**
 * A pack's plan from its selected guide: the same deck as cards.pdf, the
 * role's focus, and guide.pdf's pages when known. Shared by the plan
 * document and `studypack list --plan`, which prints it without a browser.
 */
import type {Guide} from '../../model/types.js'
import type {Pack} from '../../select/packs.js'
import type {Study} from '../../select/study.js'
import {deckOf} from '../cards/deck.js'
import type {PackMeta} from '../meta.js'
import {type Material, focusOf, materialOf} from './material.js'
import type {PlanSettings} from './options.js'
import {type Plan, schedule} from './schedule.js'

export interface MadePlan {
  plan: Plan
  material: Material
}

export function makePlan(
  study: Study,
  guide: Guide,
  pack: Pack,
  meta: PackMeta,
  settings: PlanSettings,
  pages?: Map<string, number>,
): MadePlan {
  const deck = deckOf(guide, study.tags.effective, meta)
  const material = materialOf(guide, study.tags.effective, focusOf(study.content.manifest, pack.role), deck, pages)
  return {plan: schedule({...material, ...settings}), material}
}
