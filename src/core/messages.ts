/**
 * Warnings as messages with a place: the file, line and column they are about
 * and a rule id, as vfile-message has them across the unified ecosystem. Made
 * wherever the problem is found, printed by one reporter (output/progress.ts).
 */
import {VFileMessage} from 'vfile-message'

export type Message = VFileMessage

export interface Place {
  file?: string
  line?: number
  column?: number
}

/** A warning about `place`, under a rule id such as "unknown-section". */
export function warning(reason: string, rule: string, place: Place = {}): Message {
  const message = new VFileMessage(reason, {ruleId: rule, source: 'studypack'})
  // A place may be known only to the line (an answer-key entry); vfile's points want a column too.
  Object.assign(message, {file: place.file ?? '', line: place.line, column: place.column, fatal: false})
  return message
}

/** `file:line:column: reason [rule]`, with as much of the place as is known. */
export function formatMessage(message: Message): string {
  const place = [message.file, message.line, message.line === undefined ? undefined : message.column]
    .filter((part) => part !== undefined && part !== '')
    .join(':')
  return `${place ? `${place}: ` : ''}${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
}
