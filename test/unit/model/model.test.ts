import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {labelMatcher, DEFAULT_VOCABULARY, normalizeLabel} from '../../../src/model/labels.js'
import {parseMarkdown} from '../../../src/input/parse.js'
import {bundledStudy, byTitle, CONTENT, flat, guideOf} from '../../helpers/guide.js'

describe('parse', () => {
  it('reads GFM tables, task lists and front matter into mdast', () => {
    const root = parseMarkdown('---\ntitle: T\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] todo\n')
    expect(root.children.map((node) => node.type)).toEqual(['yaml', 'table', 'list'])
  })

  it('resolves reference links so a section renders on its own', () => {
    const root = parseMarkdown('See [the docs][d].\n\n[d]: https://example.com\n')
    const paragraph = root.children[0]
    expect(paragraph?.type === 'paragraph' && paragraph.children[1]?.type).toBe('link')
  })
})

describe('label vocabulary', () => {
  const match = labelMatcher(DEFAULT_VOCABULARY)
  it.each([
    ['**Key Questions:**', 'questions'],
    ['Common Behavioral Questions', 'questions'],
    ['Questions to Ask', 'questions'],
    ['Common Coding Problems', 'questions'],
    ['Important Algorithms', 'topics'],
    ['Evaluation Metrics', 'topics'],
    ['Key Topics', 'topics'],
    ['Components to Discuss', 'topics'],
    ['Day-of Interview Tips', 'tips'],
    ['Technical Mistakes', 'tips'],
    ['Typical Interview Stages', 'steps'],
    ['STAR Method', 'steps'],
    ['🚀 Key Topics', 'topics'],
    ['Technical Culture', undefined],
  ])('%s → %s', (label, kind) => {
    expect(match(label)).toBe(kind)
  })

  it('normalises case, emoji and punctuation', () => {
    expect(normalizeLabel('  **🔥 Key Questions:** ')).toBe('key questions')
  })
})

describe('model of the user guide', async () => {
  const {guide} = await bundledStudy()
  const sections = flat(guide.sections)

  it('takes the lone # heading as the title and the text under it as the intro', () => {
    expect(guide.title).toBe('Interview Preparation for AI/ML Roles')
    expect(guide.intro).toHaveLength(1)
    expect(guide.sections.map((section) => section.title)).toEqual([
      'Interview Process Overview',
      'Technical Interview Preparation',
      'System Design Interview',
      'Behavioral Interview Preparation',
      'Domain-Specific Preparation',
      'Company Research',
      'Practical Preparation Tips',
      'Common Mistakes to Avoid',
      'Day-of Interview Tips',
      'Salary Negotiation',
      'Red Flags and Warning Signs',
    ])
  })

  it('gives every section a unique slug, a depth, a path and a source line', () => {
    expect(sections).toHaveLength(50)
    expect(new Set(sections.map((section) => section.slug)).size).toBe(sections.length)
    const supervised = byTitle(guide, 'Supervised Learning')
    expect(supervised).toMatchObject({
      slug: 'supervised-learning',
      depth: 4,
      path: ['Technical Interview Preparation', 'Core Machine Learning Concepts', 'Supervised Learning'],
    })
    const lines = readFileSync(path.join(CONTENT, 'interview-prep-ai-ml.md'), 'utf8').split('\n')
    expect(lines[supervised.position.line - 1]).toBe('#### Supervised Learning')
  })

  it('keeps duplicate titles apart by slug', () => {
    const technical = sections.filter((section) => section.title === 'Technical Interview')
    expect(technical.map((section) => section.slug)).toEqual(['technical-interview'])
    expect(sections.map((section) => section.slug)).toContain('behavioral-interview')
  })

  it('finds bold pseudo-headings as labels of question and topic lists', () => {
    const supervised = byTitle(guide, 'Supervised Learning')
    expect(supervised.parts.map((part) => [part.kind, part.label, part.items.length])).toEqual([
      ['questions', 'Key Questions', 3],
      ['topics', 'Important Algorithms', 5],
    ])
    expect(supervised.questions.map((question) => question.text)).toEqual([
      'Explain bias-variance tradeoff with examples',
      'When would you choose random forest over logistic regression?',
      'How do you handle class imbalance?',
    ])
  })

  it('counts questions and topics per section', () => {
    const counts = Object.fromEntries(
      sections
        .filter((section) => section.parts.length > 0)
        .map((section) => [section.title, section.parts.map((part) => `${part.kind}:${part.items.length}`).join(' ')]),
    )
    expect(counts).toEqual({
      'Typical Interview Stages': 'steps:6',
      'Role-Specific Focus Areas': 'topics:4',
      'Supervised Learning': 'questions:3 topics:5',
      'Unsupervised Learning': 'questions:3 topics:5',
      'Model Evaluation': 'questions:3 topics:4',
      'Neural Networks Fundamentals': 'questions:3 topics:4',
      'Specialized Architectures': 'questions:3 topics:4',
      'Coding Preparation': 'topics:4 questions:4',
      'SQL and Data Manipulation': 'topics:4',
      'ML System Architecture': 'topics:5 questions:3',
      'Scalability Considerations': 'topics:4',
      'MLOps Concepts': 'topics:4',
      'STAR Method': 'steps:4',
      'Problem-Solving': 'questions:3',
      Collaboration: 'questions:3',
      Leadership: 'questions:3',
      Adaptability: 'questions:3',
      'Computer Vision': 'topics:4 questions:3',
      'Natural Language Processing': 'topics:4 questions:3',
      'Time Series Analysis': 'topics:4 questions:3',
      'Mock Interviews': 'tips:4',
      'Portfolio Review': 'tips:4',
      'Questions to Ask': 'questions:4',
      'Technical Mistakes': 'tips:4',
      'Communication Mistakes': 'tips:4',
      'Preparation Mistakes': 'tips:4',
      'Technical Interview': 'tips:4',
      'Behavioral Interview': 'tips:4',
      'Follow-up': 'tips:4',
      'During Interview Process': 'tips:4',
      'Company Culture': 'tips:4',
    })
  })

  it('splits "**Term**: detail" items', () => {
    const item = byTitle(guide, 'Scalability Considerations').parts[0]!.items[0]!
    expect(item).toMatchObject({term: 'Data Pipeline', detail: 'How to handle large volumes of data'})
  })

  it('tells question kinds from their section and wording', () => {
    const kinds = (title: string) => [...new Set(byTitle(guide, title).questions.map((question) => question.kind))]
    expect(kinds('Supervised Learning')).toEqual(['technical'])
    expect(kinds('Coding Preparation')).toEqual(['coding'])
    expect(kinds('ML System Architecture')).toEqual(['design'])
    expect(kinds('Leadership')).toEqual(['behavioral'])
    expect(kinds('Adaptability')).toEqual(['behavioral'])
    expect(kinds('Questions to Ask')).toEqual(['reverse'])
  })
})

describe('model of other guides', () => {
  it('keeps several # headings as top-level sections and takes the title from front matter', () => {
    const guide = guideOf('---\ntitle: My Notes\n---\n# One\ntext\n# Two\n## Two A\n')
    expect(guide.title).toBe('My Notes')
    expect(guide.sections.map((section) => [section.title, section.depth, section.children.length])).toEqual([
      ['One', 1, 0],
      ['Two', 1, 1],
    ])
  })

  it('uses a section heading as the label of an unlabelled list', () => {
    const guide = guideOf('## Important Architectures\n- CNN\n- RNN\n\n## Stuff\n- a\n- b\n')
    expect(guide.sections.map((section) => section.parts.map((part) => part.kind))).toEqual([['topics'], []])
  })

  it('falls back on the titles above when a list has no label of its own', () => {
    const guide = guideOf('## Behavioral Questions\n### Teamwork\n- Tell me about a conflict\n')
    expect(guide.sections[0]!.children[0]!.questions).toMatchObject([
      {text: 'Tell me about a conflict', kind: 'behavioral'},
    ])
  })

  it('makes unique slugs for repeated and empty headings', () => {
    const guide = guideOf('## A\n## A\n## 🙂\n## \n')
    expect(guide.sections.map((section) => section.slug)).toEqual(['a', 'a-1', 'section', 'untitled'])
  })

  it('reads a guide without any heading', () => {
    const guide = guideOf('Just a paragraph.\n\n- one\n- two\n', 'notes.md')
    expect(guide.sections).toEqual([])
    expect(guide.intro).toHaveLength(2)
  })
})
