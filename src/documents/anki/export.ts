/**
 * The deck for flashcard apps: Anki's text import (HTML fields, the deck,
 * note type and tags column named in the file's own header, so that it
 * imports with no setting changed), and a plain CSV for everything else.
 */
import type {Nodes, RootContent} from 'mdast'
import {plainText} from '../../model/text.js'
import {toHtml, type HtmlOptions} from '../../render/html.js'
import type {Templates} from '../../render/template.js'
import {helpOf, type Card, type Deck} from '../cards/deck.js'
import {ankiLine, csvLine} from './escape.js'

/**
 * Math as TeX between \( \) and \[ \], which Anki typesets itself (MathJax);
 * KaTeX's markup would need KaTeX's stylesheet and fonts inside Anki.
 */
export function texMath(nodes: RootContent[]): RootContent[] {
  const convert = (node: Nodes): Nodes => {
    if (node.type === 'inlineMath') return {type: 'text', value: `\\(${node.value}\\)`}
    if (node.type === 'math') return {type: 'paragraph', children: [{type: 'text', value: `\\[${node.value}\\]`}]}
    if ('children' in node) return {...node, children: node.children.map(convert)} as Nodes
    return node
  }
  return nodes.map((node) => convert(node) as RootContent)
}

export function ankiHeader(deck: Deck): string[] {
  return ['#separator:Tab', '#html:true', '#notetype:Basic', `#deck:${deck.name}`, '#tags column:3']
}

function ankiBack(card: Card, html: HtmlOptions, templates: Templates): string {
  const help = helpOf(card)
  const view = {
    answerHtml: help.kind === 'answer' ? toHtml(texMath(help.blocks), html) : '',
    hintHtml: help.kind !== 'answer' && card.question.hint ? toHtml(texMath(card.question.hint), html) : '',
    star: help.kind === 'star',
    topics: help.kind === 'topics' ? help.topics : [],
    section: card.section.title,
  }
  return templates.render('anki-back', view)
}

/** cards.anki.txt: header lines, then one note a line: Front, Back, Tags. */
export function ankiText(deck: Deck, html: HtmlOptions, templates: Templates): string {
  const notes = deck.cards.map((card) =>
    ankiLine([
      toHtml([{type: 'text', value: card.question.text}], html),
      ankiBack(card, html, templates),
      card.tags.join(' '),
    ]),
  )
  return `${[...ankiHeader(deck), ...notes].join('\n')}\n`
}

/** Blocks as plain text, one line per paragraph or list item, math as its TeX source. */
export function plainAnswer(blocks: RootContent[]): string {
  return blocks
    .flatMap((block) =>
      block.type === 'list'
        ? block.children.map((item) => `- ${plainText(texMath(item.children as RootContent[]) as Nodes[])}`)
        : [plainText(texMath([block]) as Nodes[])],
    )
    .filter(Boolean)
    .join('\n')
}

function plainBack(card: Card): string {
  const help = helpOf(card)
  if (help.kind === 'answer') return plainAnswer(help.blocks)
  if (help.kind === 'star') return 'STAR: Situation, Task, Action, Result'
  return help.topics.length ? `Related topics: ${help.topics.join('; ')}` : ''
}

/** cards.csv: question, answer, tags; a header row, CRLF line ends (RFC 4180). */
export function csvText(deck: Deck): string {
  const rows = [
    ['question', 'answer', 'tags'],
    ...deck.cards.map((card) => [card.question.text, plainBack(card), card.tags.join(' ')]),
  ]
  return `${rows.map(csvLine).join('\r\n')}\r\n`
}
