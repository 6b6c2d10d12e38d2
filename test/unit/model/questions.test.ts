/**
 * Questions and answers in the layouts real guides use: one fixture per
 * layout (test/fixtures/questions/), each with the exact questions a reader
 * would list and which of them the guide answers.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import type {Question} from '../../../src/model/types.js'
import {FIXTURES, flat, guideOf} from '../../helpers/guide.js'

const fixture = (name: string) => readFileSync(path.join(FIXTURES, 'questions', name), 'utf8')
const guideAt = (name: string) => guideOf(fixture(name), name)
const questionsAt = (name: string) => flat(guideAt(name).sections).flatMap((section) => section.questions)
const text = (blocks: RootContent[] | null) => (blocks ? blocks.map((block) => toString(block)).join('\n') : '')
const types = (blocks: RootContent[] | null): string[] => (blocks ?? []).map((block) => block.type)
const find = (questions: Question[], start: string) => {
  const found = questions.find((question) => question.text.startsWith(start))
  if (!found) throw new Error(`no question "${start}…" among ${questions.map((q) => q.text).join(' | ')}`)
  return found
}

/** [question text, has an answer] in guide order. */
const EXPECTED: Record<string, Array<[string, boolean]>> = {
  'labelled-lists.md': [
    ['What is a p-value?', true],
    ['Explain the central limit theorem', false],
    ['Describe Type I and Type II errors', true],
    ['Walk me through a project you are proud of', false],
    ['Build a churn model for a telecom company', true],
    ['Implement a function that reverses a linked list', true],
    ['Write a function to deduplicate a list while keeping order', false],
    ['Design a URL shortener', false],
    ['Design a feature store for online inference', false],
    ['What does success look like in the first 90 days?', false],
    ["How is the team's work prioritized?", false],
  ],
  'reading-lists.md': [
    ['What is the vanishing gradient problem and how do residual connections help with it?', false],
    ['Explain batch normalization and where it goes in a network', false],
    ['Why does dropout work as a regularizer?', false],
    ['Why is weight decay not the same as L2 with Adam?', false],
    ['Tell me about a time you disagreed with your manager', false],
    ['Describe a situation where you missed a deadline', false],
    ['Explain the difference between bagging and boosting', false],
    ['How would you detect data drift in production?', false],
    ['Explain gradient boosting to a non-technical person', false],
    ['How does XGBoost handle missing values?', false],
  ],
  'question-headings.md': [
    ['What is overfitting?', true],
    ['How do you choose k in k-NN?', true],
    ['What is the curse of dimensionality?', true],
    ['Explain L1 vs L2 regularisation', true],
    ['Tell me about a time you failed', true],
    ['Why do we need activation functions?', true],
    ['Describe a conflict with a teammate', false],
  ],
  'bold-paragraphs.md': [
    ['What is the difference between WHERE and HAVING?', true],
    ['Explain window functions', true],
    ['What is a correlated subquery?', false],
    ['What is the difference between correlation and causation?', true],
    ['When would you use a t-test?', true],
    ['What is bootstrapping?', true],
    ['Why do we need regularisation?', true],
  ],
  'details.md': [
    ['What is a residual connection?', true],
    ['Why is attention quadratic in sequence length?', true],
    ['What is tokenization?', false],
    ['What is perplexity?', true],
    ['Explain beam search', true],
  ],
  'tables.md': [
    ["What is Bayes' theorem?", true],
    ['Explain the Monty Hall problem', true],
    ['What is a Markov chain?', false],
  ],
  'cleanup.md': [
    ['What is the kernel trick?', false],
    ['Explain precision and recall', false],
    ['What is BERT?', false],
    ['How does a transformer scale with context length?', false],
    ['Why does Adam need bias correction?', false],
    ['What is label smoothing?', false],
  ],
  'mixed.md': [
    ['What is gradient descent, and why does the learning rate matter?', false],
    ['Compare bagging and boosting', false],
    ['What is cross-entropy loss?', true],
    ['Design a real-time recommendation service', true],
    ['Tell me about a time you had to learn a new tool quickly.', true],
    ['What does on-call look like?', false],
  ],
  'no-questions.md': [],
}

describe('questions in every layout', () => {
  it.each(Object.entries(EXPECTED))(
    '%s: the questions a reader would list, and which are answered',
    (name, expected) => {
      expect(questionsAt(name).map((question) => [question.text, question.answer !== null])).toEqual(expected)
    },
  )
})

describe('list layouts', () => {
  const questions = questionsAt('labelled-lists.md')

  it('keeps nested paragraphs, lists and code as the answer', () => {
    expect(text(find(questions, 'What is a p-value').answer)).toMatch(/^A p-value is the probability/)
    expect(types(find(questions, 'Describe Type I').answer)).toEqual(['list'])
    expect(types(find(questions, 'Implement a function').answer)).toEqual(['code'])
  })

  it('keeps a hint apart from the answer', () => {
    const churn = find(questions, 'Build a churn model')
    expect(text(churn.hint)).toBe('start from the business cost of a lost customer.')
    expect(text(churn.answer)).toBe('Frame it as binary classification over a 30-day window.')
  })

  it('takes no tip or topic for a question, and keeps them as parts', () => {
    const guide = guideAt('labelled-lists.md')
    const parts = flat(guide.sections).flatMap((section) =>
      section.parts.map((part) => `${part.kind}:${part.label}:${part.items.length}`),
    )
    expect(parts).toEqual([
      'questions:Key Questions:3',
      'topics:Important Concepts:3',
      'questions:Common Questions:2',
      'questions:Python Questions:2',
      'tips:Interview Tips:3',
      'questions:🎯 Design Questions:2',
      'questions:Questions to Ask:2',
    ])
  })

  it('tells the kind from the labels above and the wording', () => {
    expect(questions.map((question) => question.kind)).toEqual([
      ...Array(5).fill('technical'),
      'coding',
      'coding',
      'design',
      'design',
      'reverse',
      'reverse',
    ])
    expect(
      questionsAt('reading-lists.md')
        .filter((q) => q.kind === 'behavioral')
        .map((q) => q.text),
    ).toEqual([
      'Tell me about a time you disagreed with your manager',
      'Describe a situation where you missed a deadline',
    ])
  })

  it('reads a wrapped ordered item as one question, and an answer on the line after a "?" as its answer', () => {
    const guide = guideOf(
      '## Key Questions\n1. What is the bias of an estimator\nand how is it measured?\n2. What is variance?\nThe expected squared deviation from the mean.\n',
    )
    expect(guide.sections[0]!.questions.map((q) => [q.text, text(q.answer)])).toEqual([
      ['What is the bias of an estimator and how is it measured?', ''],
      ['What is variance?', 'The expected squared deviation from the mean.'],
    ])
  })

  it('reads a group item as the questions nested under it', () => {
    const guide = guideOf(
      '## Interview Questions\n- **Statistics**\n  - What is a p-value?\n  - Explain the CLT\n- **Behavioral**\n  - Tell me about a time you failed\n',
    )
    expect(guide.sections[0]!.questions.map((q) => [q.text, q.kind])).toEqual([
      ['What is a p-value?', 'technical'],
      ['Explain the CLT', 'technical'],
      ['Tell me about a time you failed', 'behavioral'],
    ])
  })

  it('does not take a "**Term**: detail" item for a question, even when the detail asks', () => {
    const guide = guideOf(
      '## Scalability\n- **Data Pipeline**: How to handle large volumes of data\n- **Serving**: What is the latency budget?\n',
    )
    expect(guide.sections[0]!.questions).toEqual([])
  })
})

describe('heading layouts', () => {
  const guide = guideAt('question-headings.md')
  const questions = flat(guide.sections).flatMap((section) => section.questions)

  it('makes the blocks up to the next heading of the same level the answer, STAR sub-sections included', () => {
    const star = find(questions, 'Tell me about a time you failed')
    expect(star).toMatchObject({kind: 'behavioral', layout: 'heading'})
    expect(types(star.answer)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ])
    expect(text(star.answer)).toContain('We caught a leak before launch.')
    expect(types(find(questions, 'Explain L1 vs L2').answer)).toEqual(['list'])
  })

  it('keeps a "Hint" sub-section apart, and stops the answer at a deeper question heading', () => {
    const knn = find(questions, 'How do you choose k')
    expect(knn).toMatchObject({difficulty: 'medium'})
    expect(text(knn.answer)).toBe('Use cross-validation over a range of values.')
    expect(text(knn.hint)).toBe('Think about the bias of k = 1.')
  })

  it('leaves numbered chapters and sub-headings of answers alone', () => {
    const titles = flat(guide.sections)
      .filter((section) => section.questions.length > 0)
      .map((section) => section.title)
    expect(titles).not.toContain('4. Data Structures')
    expect(titles).not.toContain('Situation')
    expect(titles).not.toContain('Teamwork')
  })

  it('reads the front matter and never renders it', () => {
    expect(guide.title).toBe('Question Bank')
    expect(guide.tags).toEqual(['ml', 'interviews'])
    expect(JSON.stringify(guide.intro)).not.toContain('interviews')
    expect(guideAt('cleanup.md').tags).toEqual(['ai', 'ml'])
  })
})

describe('bold paragraph layouts', () => {
  const questions = questionsAt('bold-paragraphs.md')

  it('takes the blocks after a **Q7: …** line as its answer, code and lists included, up to a rule', () => {
    expect(types(find(questions, 'What is the difference between WHERE').answer)).toEqual(['paragraph', 'code'])
    expect(types(find(questions, 'Explain window functions').answer)).toEqual(['paragraph', 'list'])
    expect(find(questions, 'Explain window functions').difficulty).toBe('hard')
    expect(find(questions, 'What is a correlated subquery').answer).toBeNull()
  })

  it('splits **Question:** … **Answer:** … in one paragraph, and drops the answer label', () => {
    expect(text(find(questions, 'What is the difference between correlation').answer)).toBe(
      'Correlation measures association; causation needs an intervention or a causal model.',
    )
    expect(text(find(questions, 'When would you use a t-test').answer)).toBe(
      'When comparing the means of two small samples with unknown variance.',
    )
    expect(text(find(questions, 'What is bootstrapping').answer)).toMatch(/^Resampling with replacement/)
  })

  it('ends an answer at the next label, which still names its list', () => {
    expect(text(find(questions, 'Why do we need regularisation').answer)).toBe('To keep a model from fitting noise.')
    const statistics = flat(guideAt('bold-paragraphs.md').sections).find((section) => section.title === 'Statistics')!
    expect(statistics.parts.map((part) => [part.kind, part.label])).toEqual([['topics', 'Key Topics']])
  })
})

describe('a bold question over its answer in one paragraph, under a topic heading', () => {
  // Each topic heading holds one "**Q: …?**" line with its answer on the next line of the same paragraph.
  const lines = [
    '# Platform notes',
    '',
    '## Delivery',
    '',
    '### Pipelines',
    '**Q: Where should a pipeline keep its deploy keys?**',
    'A: In a secret store the runner reads at deploy time, never in the repository.',
    '',
    '### Rollouts',
    '**Q: Why roll out to a few hosts first?**',
    'A: A bad build then hurts a few hosts, and the rollout can stop there.',
    '',
  ]
  const asked = (eol: string) =>
    flat(guideOf(lines.join(eol)).sections)
      .flatMap((section) => section.questions)
      .map((question) => [question.text, text(question.answer)])

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('takes the bold line for the question and the line under it for its answer (%s line ends)', (_, eol) => {
    expect(asked(eol)).toEqual([
      [
        'Where should a pipeline keep its deploy keys?',
        'In a secret store the runner reads at deploy time, never in the repository.',
      ],
      ['Why roll out to a few hosts first?', 'A bad build then hurts a few hosts, and the rollout can stop there.'],
    ])
  })
})

describe('<details> layouts', () => {
  const questions = questionsAt('details.md')

  it('parses the markdown inside <details> as markdown, with blank lines or without', () => {
    const residual = find(questions, 'What is a residual connection')
    expect(types(residual.answer)).toEqual(['paragraph', 'code'])
    expect(JSON.stringify(residual.answer)).toContain('"type":"strong"')
    expect(JSON.stringify(residual.answer)).toContain('"type":"inlineMath"')
    const quadratic = find(questions, 'Why is attention quadratic')
    expect(JSON.stringify(quadratic.answer)).toContain('"type":"strong"')
    expect(text(quadratic.answer)).toContain('every other token')
  })

  it('takes a summary that asks as the question, and a "Hint" summary as a hint', () => {
    expect(find(questions, 'What is perplexity')).toMatchObject({layout: 'details'})
    expect(types(find(questions, 'What is perplexity').answer)).toEqual(['paragraph', 'list'])
    expect(text(find(questions, 'Explain beam search').answer)).toBe('Keep the k best partial sequences at each step.')
    expect(text(find(questions, 'What is tokenization').hint)).toBe('Think about subwords.')
  })
})

describe('table layouts', () => {
  const questions = questionsAt('tables.md')

  it('reads the "Question" column, with its answer and difficulty', () => {
    expect(questions.map((question) => [question.difficulty, question.layout])).toEqual([
      ['easy', 'table'],
      ['medium', 'table'],
      ['hard', 'table'],
    ])
    expect(JSON.stringify(questions[0]!.answer)).toContain('"type":"inlineMath"')
    expect(text(questions[1]!.answer)).toBe('Switching wins with probability 2/3.')
  })
})

describe('what is not the question', () => {
  const questions = questionsAt('cleanup.md')

  it('strips source links, difficulty tags, emoji and numbering, keeping a link that is part of the question', () => {
    expect(questions.map((question) => question.difficulty)).toEqual([null, 'easy', null, 'hard', null, null])
    expect(questions[0]!.position).toMatchObject({file: 'cleanup.md', line: 8})
  })

  it.each([
    ['### Q1: What is X?', 'What is X?'],
    ['#### 12) Why is Y slow?', 'Why is Y slow?'],
    ['## 3. Tell me about a time you led a project', 'Tell me about a time you led a project'],
    ['### Question 4 - Explain Z', 'Explain Z'],
    ['### 🚀 Q5: What is a vector database? 🤔', 'What is a vector database?'],
    ['### Q6 [H]: What is RLHF?', 'What is RLHF?'],
  ])('%s → %s', (heading, question) => {
    expect(
      flat(guideOf(`# Bank\n${heading}\n\nAnswer.\n`).sections).flatMap((section) =>
        section.questions.map((q) => q.text),
      ),
    ).toEqual([question])
  })
})

describe('chapters that ask', () => {
  it('reads "## Why ML?" over a question list as a chapter, and finds the questions in it', () => {
    const guide = guideOf('# G\n## Why ML?\nIntro.\n### Key Questions\n- What is a model?\n')
    expect(flat(guide.sections).flatMap((section) => section.questions.map((q) => [section.title, q.text]))).toEqual([
      ['Key Questions', 'What is a model?'],
    ])
  })
})
