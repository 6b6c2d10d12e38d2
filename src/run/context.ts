/**
 * The per-run context: every cache a build keeps lives here and nowhere else.
 * One run, one context; a --watch rebuild makes a new one, so a changed
 * template, style or guide can never be served from an old cache.
 */
import {createAnkiRun} from '../documents/anki/run-state.js'
import type {DocumentRun} from '../documents/types.js'
import {createHtmlCache} from '../render/html.js'
import {createProfile, NO_PROFILE} from '../core/profile.js'
import type {Look} from '../config/look.js'
import {createTemplates} from '../render/template.js'

export interface RunContext extends DocumentRun {
  /** Files inlined into --html copies, encoded once each (fonts recur in every document). */
  inlined: Map<string, Promise<string>>
}

export function createRunContext(look?: Look, profiled = false): RunContext {
  return {
    profile: profiled ? createProfile() : NO_PROFILE,
    templates: createTemplates(look),
    html: createHtmlCache(),
    fits: {cards: new Map(), cheatsheet: new Map()},
    anki: createAnkiRun(),
    inlined: new Map(),
  }
}
