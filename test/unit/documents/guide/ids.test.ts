/**
 * Heading ids become PDF names (Chrome makes a destination of each, named by
 * the id percent-encoded), which poppler wants within 127 bytes.
 */
import {describe, expect, it} from 'vitest'
import {shortId} from '../../../../src/documents/guide/view.js'

const pdfName = (id: string) => encodeURIComponent(id)

describe('heading ids', () => {
  it('keeps a short id as it is', () => {
    expect(shortId('core-concepts')).toBe('core-concepts')
    expect(shortId('évaluation')).toBe('évaluation')
  })

  it('cuts a long id, in any script, to a unique name of 64 bytes or less once percent-encoded', () => {
    for (const slug of [
      `questions-${'very-long-heading-'.repeat(10)}`,
      'αξιολόγηση-μοντέλων-και-μετρικών',
      'оценка-моделей-машинного-обучения',
      `${'évaluation-des-modèles-'.repeat(4)}`,
      '漢字の見出し'.repeat(8),
    ]) {
      const id = shortId(slug)
      expect(pdfName(id).length, slug).toBeLessThanOrEqual(64)
      expect(id).not.toBe(shortId(`${slug}x`))
      // Cut between characters, never inside one: the id stays well-formed text.
      expect(id.isWellFormed()).toBe(true)
    }
  })
})
