/**
 * The pages of a book, seen side by side (pages.ts): a page is one problem
 * when it shares its skeleton of sections with other pages titled by a
 * catalogue number and name (its question keeps a number the text does not
 * set off as numbering: "230 Fold Ribbons"); its sections are questions when
 * it is a page of interview topics; and comparisons ask in a series of
 * headings. Fixtures written for the purpose.
 */
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../../../src/input/parse.js'
import {buildGuide} from '../../../src/model/index.js'
import type {Guide} from '../../../src/model/types.js'
import {flat} from '../../helpers/guide.js'

const FENCE = '```'

const bookOf = (files: Record<string, string>): Guide =>
  buildGuide(Object.entries(files).map(([file, text]) => ({file, root: parseMarkdown(text)})))

/** [file, line, question text, has an answer] in guide order. */
const questionsOf = (guide: Guide) =>
  flat(guide.sections)
    .flatMap((section) => section.questions)
    .map((question) => [question.position.file, question.position.line, question.text, question.answer !== null])

/** A solution page: a numbered title over the same four sections every page has. */
const solution = (title: string, step: string) => `# ${title}

## Idea

Keep a running count while walking the input once.

## Steps

1. Define a counter that starts at zero
2. ${step}

## Cost

- Time: linear

## Code

${FENCE}go
func solve() int { return 0 }
${FENCE}
`

describe('pages that are each one problem', () => {
  it('reads each page titled by a catalogue number and name, under one shared skeleton, as one problem', () => {
    const guide = bookOf({
      'easy/4 Count Pebbles.md': solution('4. Count Pebbles', 'Compare each pebble with the last one'),
      'easy/17 Mirror Words.md': solution('17. Mirror Words', 'Implement a helper that flips a word'),
      'hard/230 Fold Ribbons.md': solution('230 Fold Ribbons', 'Describe each fold as a pair'),
      'index.md':
        '# Solutions\n\n| No. | Problem | Link |\n| - | - | - |\n| 4 | Count Pebbles | [go](easy/4%20Count%20Pebbles.md) |\n',
    })
    expect(questionsOf(guide)).toEqual([
      ['easy/4 Count Pebbles.md', 1, 'Count Pebbles', true],
      ['easy/17 Mirror Words.md', 1, 'Mirror Words', true],
      ['hard/230 Fold Ribbons.md', 1, '230 Fold Ribbons', true],
    ])
    const [first] = flat(guide.sections).flatMap((section) => section.questions)
    expect(first!.answer!.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'heading',
      'list',
      'heading',
      'code',
    ])
  })

  it('reads nothing of the kind when the pages do not share their sections, or are titled by no number or by chapter numbers', () => {
    const unlike = bookOf({
      'a.md': solution('4. Count Pebbles', 'Walk the list'),
      'b.md': '# 17. Mirror Words\n\n## Idea\n\nFlip it.\n\n## Code\n\nNone yet.\n',
      'c.md': solution('230 Fold Ribbons', 'Walk the list'),
    })
    expect(questionsOf(unlike)).toEqual([])
    const named = bookOf({
      'a.md': solution('Counting pebbles', 'Walk the list'),
      'b.md': solution('Mirroring words', 'Walk the list'),
      'c.md': solution('Folding ribbons', 'Walk the list'),
    })
    expect(questionsOf(named)).toEqual([])
    const chapters = bookOf({
      'a.md': solution('1. Getting started', 'Walk the list'),
      'b.md': solution('2. Going further', 'Walk the list'),
      'c.md': solution('3. Wrapping up', 'Walk the list'),
    })
    expect(questionsOf(chapters)).toEqual([])
  })

  it("takes no bare number for a question, and keeps a first page that is a problem as a question: the book's front page titles the guide", () => {
    const guide = bookOf({
      '4.md': solution('4. Count Pebbles', 'Walk the list'),
      '12.md': solution('12', 'Walk the list'),
      '17.md': solution('17. Mirror Words', 'Walk the list'),
      '230.md': solution('230 Fold Ribbons', 'Walk the list'),
    })
    expect(questionsOf(guide).map(([file, , text]) => [file, text])).toEqual([
      ['4.md', 'Count Pebbles'],
      ['17.md', 'Mirror Words'],
      ['230.md', '230 Fold Ribbons'],
    ])
    expect(guide.title).toBe('Study guide')
    const fronted = bookOf({
      'easy/4.md': solution('4. Count Pebbles', 'Walk the list'),
      'easy/17.md': solution('17. Mirror Words', 'Walk the list'),
      'hard/230.md': solution('230 Fold Ribbons', 'Walk the list'),
      'index.md': '# Puzzle solutions\n\nOne page per puzzle.\n',
    })
    expect(fronted.title).toBe('Puzzle solutions')
  })
})

describe('pages of interview topics', () => {
  const topics = (title: string, names: string[]) =>
    `# ${title}\n\n${names.map((name) => `## ${name}\n\nA few words on ${name.toLowerCase()}.\n`).join('\n')}`

  it('reads every section of a page named as questions as a question, answered or not', () => {
    const guide = bookOf({
      'README.md': '# Field notes\n\nNotes for the on-site rounds.\n',
      'storage-questions.md': `${topics('Storage', ['Write-ahead log', 'Rows vs columns', 'Compaction'])}\n## Bloom filters\n\n## \n`,
      'notes.md': topics('Other notes', ['Travel', 'Hotels', 'Meals']),
    })
    expect(questionsOf(guide)).toEqual([
      ['storage-questions.md', 3, 'Write-ahead log', true],
      ['storage-questions.md', 7, 'Rows vs columns', true],
      ['storage-questions.md', 11, 'Compaction', true],
      ['storage-questions.md', 15, 'Bloom filters', false],
    ])
  })

  it('keeps the section as the question when its answer opens like one ("When …")', () => {
    const page = [
      '# Caching',
      '## Eviction',
      'When the cache is full, the least recently used entry leaves first.',
      '## Warm-up',
      'When a node restarts, it reloads the hottest keys before serving.',
      '## Stampedes',
      'When many readers miss at once, one of them refills the entry.',
    ].join('\n\n')
    const guide = bookOf({'README.md': '# Notes\n', 'caching-questions.md': page})
    expect(questionsOf(guide).map(([, , text]) => text)).toEqual(['Eviction', 'Warm-up', 'Stampedes'])
  })

  it('leaves out a category over its own questions, and a label over nothing but links', () => {
    const page = [
      '# Networking',
      '## Sockets',
      'An endpoint of a connection.',
      '## Quick checks',
      '- What does a port identify?\n- Why does TCP need a handshake?',
      '## Latency',
      'Time for one trip.',
      '## Routing',
      '### Tables\n\nWhere packets go.\n\n### Hops\n\nEach router on the way.\n\n### Loops\n\nWhat TTL prevents.',
      '## Further reading:',
      '- [A long article](https://example.com/net)',
    ].join('\n\n')
    const guide = bookOf({'README.md': '# Notes\n', 'network-questions.md': page})
    expect(questionsOf(guide).map(([, , text]) => text)).toEqual([
      'Sockets',
      'What does a port identify?',
      'Why does TCP need a handshake?',
      'Latency',
    ])
  })

  it('reads the pages of a chapter whose front page is only its title, and a page of one problem there', () => {
    const guide = bookOf({
      'drills-questions/README.md': '# Drills\n',
      'drills-questions/warmups.md': topics('Warm-ups', ['Count vowels', 'Swap two numbers', 'Sum a range']),
      'drills-questions/clock.md': `# Analog clock widget\n\n${FENCE}js\ndrawHands(now)\n${FENCE}\n`,
      'drills-questions/planner.md': `---\ndescription: Build the planner twice, once with classes\n---\n\n# Planner\n\n## With classes\n\n${FENCE}js\nclass Planner {}\n${FENCE}\n\n## With hooks\n\n${FENCE}js\nusePlanner()\n${FENCE}\n\n## With signals\n\n${FENCE}js\nplanner()\n${FENCE}\n`,
    })
    expect(questionsOf(guide).map(([file, line, text, answered]) => [file, line, text, answered])).toEqual([
      ['drills-questions/warmups.md', 3, 'Count vowels', true],
      ['drills-questions/warmups.md', 7, 'Swap two numbers', true],
      ['drills-questions/warmups.md', 11, 'Sum a range', true],
      ['drills-questions/clock.md', 1, 'Analog clock widget', true],
      ['drills-questions/planner.md', 5, 'Planner', true],
    ])
  })

  it('reads a page built as most pages named as questions are (its title restated first) as one of them', () => {
    const subject = (title: string, rest: string[]) => topics(title, [title, ...rest])
    const guide = bookOf({
      'README.md': '# Notes\n',
      'queues-questions.md': subject('Queues', ['Backpressure', 'Ordering']),
      'caches-questions.md': subject('Caches', ['Eviction', 'Warm-up']),
      'indexes-questions.md': subject('Indexes', ['B-trees', 'Covering indexes']),
      'streams.md': subject('Streams', ['Windows', 'Watermarks']),
      'diary.md': topics('Diary', ['Monday', 'Tuesday', 'Wednesday']),
    })
    const streams = questionsOf(guide).filter(([file]) => file === 'streams.md')
    expect(streams.map(([, , text]) => text)).toEqual(['Streams', 'Windows', 'Watermarks'])
    expect(questionsOf(guide).some(([file]) => file === 'diary.md')).toBe(false)
  })

  it("reads a page that goes on with a topic of its chapter's page of questions as one of them", () => {
    const guide = bookOf({
      'cloud-questions/README.md': topics('Cloud', ['Regions', 'Object storage', 'Autoscaling']),
      'cloud-questions/object-storage.md': topics('Object storage', ['Buckets', 'Lifecycle rules', 'Versioning']),
      'cloud-questions/snippets.md': topics('Snippets', ['Upload', 'Download', 'Delete']),
    })
    const files = questionsOf(guide).map(([file, , text]) => `${file}: ${text}`)
    expect(files.filter((line) => !line.startsWith('cloud-questions/README.md'))).toEqual([
      'cloud-questions/object-storage.md: Buckets',
      'cloud-questions/object-storage.md: Lifecycle rules',
      'cloud-questions/object-storage.md: Versioning',
    ])
  })

  it('leaves a lone file named as questions to the usual reading: its name names the whole guide', () => {
    const guide = bookOf({'design-questions.md': topics('Design', ['Load balancers', 'Queues', 'Caches'])})
    expect(questionsOf(guide)).toEqual([])
  })
})

describe('comparisons in a series of headings', () => {
  it('reads a run of comparisons as questions, each set side by side its own way', () => {
    const guide = bookOf({
      'a.md': [
        '# Pairs',
        '## Threads vs processes',
        'Threads share memory.',
        '## Difference between a stack and a heap',
        'Order of release.',
        '## Compare REST with RPC',
        'Resources against calls.',
      ].join('\n\n'),
    })
    expect(questionsOf(guide).map(([, , text, answered]) => [text, answered])).toEqual([
      ['Threads vs processes', true],
      ['Difference between a stack and a heap', true],
      ['Compare REST with RPC', true],
    ])
  })

  it('takes no lone comparison among names for a question', () => {
    const guide = bookOf({
      'a.md': '# Notes\n\n## Setup\n\nInstall it.\n\n## Tabs vs spaces\n\nSpaces.\n\n## Usage\n\nRun it.\n',
    })
    expect(questionsOf(guide)).toEqual([])
  })

  it('counts a comparison as asking, so that a series mostly of questions and comparisons takes its names too', () => {
    const guide = bookOf({
      'a.md': [
        '# Web notes',
        '## What happens when a page loads?',
        'The browser asks for it.',
        '## Cookies vs. tokens',
        'Where the state lives.',
        '## How can a page start faster',
        'Fewer requests.',
        '## Polling vs. push',
        'Who speaks first.',
        '## Service workers',
        'A proxy in the browser.',
      ].join('\n\n'),
    })
    expect(questionsOf(guide).map(([, , text]) => text)).toEqual([
      'What happens when a page loads?',
      'Cookies vs. tokens',
      'How can a page start faster',
      'Polling vs. push',
      'Service workers',
    ])
  })
})
