/**
 * Blocks wider than their column, scaled on their own before printing. Chrome
 * shrinks the whole page when anything is wider than the page box (it lays the
 * document out wider and scales every page down to fit it), so nothing may be:
 * after the styles have wrapped what wraps (base.css), a table, code block,
 * formula or image still too wide gets a CSS zoom that fits it to its column,
 * and the build names those scaled below SCALE_WARNING.
 */
import {warning, type Message} from '../core/messages.js'

export interface ScaledBlock {
  kind: string
  /** The block's first words, to find it by. */
  text: string
  /** 0..1 */
  scale: number
}

/** Below this, a scaled block is hard to read, and the build says so. */
export const SCALE_WARNING = 0.8

/**
 * Runs inside the page (serialised: self-contained). `width`: the CSS width
 * the flow is laid out at while measuring (the page box's content width), or
 * null when the page's own boxes are already their printed size.
 */
export function containOverflow(arg: {width: string | null}): ScaledBlock[] {
  const body = document.body
  const before = body.style.width
  if (arg.width) body.style.width = arg.width
  const scaled: ScaledBlock[] = []
  const blocks = Array.from(document.querySelectorAll<HTMLElement>('table, pre, .katex-display, img'))
  for (const block of blocks) {
    if (block.closest('[data-scaled]')) continue
    const parent = block.parentElement
    if (!parent) continue
    const style = getComputedStyle(parent)
    const room = parent.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    const left = block.getBoundingClientRect().left - parent.getBoundingClientRect().left - parent.clientLeft
    const width = Math.max(block.scrollWidth, block.getBoundingClientRect().width)
    const available = room - Math.max(0, left - parseFloat(style.paddingLeft))
    if (available <= 0 || width <= available + 0.5) continue
    const scale = Math.floor((available / width) * 1000) / 1000
    block.style.zoom = String(scale)
    block.dataset.scaled = String(scale)
    const kind = block.matches('.katex-display')
      ? 'formula'
      : block.tagName === 'PRE'
        ? 'code block'
        : block.tagName.toLowerCase()
    scaled.push({kind, text: (block.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40), scale})
  }
  body.style.width = before
  return scaled
}

/** One warning for the blocks a document had to scale below SCALE_WARNING; null if none. */
export function scaledWarning(blocks: ScaledBlock[], file: string): Message | null {
  const small = blocks.filter((block) => block.scale < SCALE_WARNING)
  if (small.length === 0) return null
  const list = small.map((block) => `${block.kind} "${block.text}" at ${Math.round(block.scale * 100)} %`).join('; ')
  return warning(`too wide for the page, scaled on their own: ${list}`, 'block-scaled', {file})
}
