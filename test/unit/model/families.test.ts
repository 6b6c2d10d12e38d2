/**
 * Every layout family of issue 11, from fixtures written for the purpose
 * (test/fixtures/questions/families/): the exact questions a careful reader
 * would put on cards, which of them the guide answers, and what a card needs
 * beside its text (a title, a stem).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {loadContent} from '../../../src/input/content.js'
import {restates} from '../../../src/model/restated-headings.js'
import type {Question} from '../../../src/model/types.js'
import {studyOf} from '../../../src/select/study.js'
import {FIXTURES, flat, guideOf} from '../../helpers/guide.js'

const FAMILIES = path.join(FIXTURES, 'questions', 'families')
const questionsOf = (name: string): Question[] =>
  flat(guideOf(readFileSync(path.join(FAMILIES, name), 'utf8'), name).sections).flatMap((section) => section.questions)
const find = (questions: Question[], start: string) => {
  const found = questions.find((question) => question.text.startsWith(start))
  if (!found) throw new Error(`no question "${start}…" among ${questions.map((q) => q.text).join(' | ')}`)
  return found
}

/** [question text, has an answer] in guide order. */
const EXPECTED: Record<string, Array<[string, boolean]>> = {
  'heading-series.md': [
    ['What does a load balancer do?', true],
    ['Sharding versus replication', true],
    ['Explain eventual consistency', true],
    ['How would you rate-limit an API?', true],
    ['Why do queues absorb traffic spikes?', true],
    ['How many orders did each customer place last month?', true],
    ['Which three products earned the most revenue?', true],
    [
      'Classes should be open to extension and closed to modification. How would you add a payment type without editing the checkout code?',
      false,
    ],
    ['Show how handing a clock to a scheduler makes the scheduler easy to test.', false],
    ['Why is a shared read-only settings object safer across threads?', false],
    ['Given a list of integers and a target, return the positions of two numbers that add up to the target.', true],
    ['Find the length of the longest run of equal neighbours in a list.', true],
  ],
  'lists.md': [
    ['What is the chance that both are red?', false],
    ['What is the chance that they differ in colour?', false],
    ['Reverse a linked list in place.', false],
    ['What is the time complexity of binary search?', false],
    ['How would you detect a cycle in a directed graph?', false],
    ['Explain how a hash map resolves collisions', false],
    ['Merge two sorted arrays.', false],
    ['What is a confidence interval?', true],
    ['Explain regularisation', true],
  ],
  'paragraphs.md': [
    ['Why does a learning rate that is too high make training diverge?', true],
    ['How does dropout reduce overfitting?', true],
    ['What is data leakage?', true],
    ['What does precision measure?', true],
    ['What does recall measure?', true],
    ['Precision and recall trade-off', true],
    ['When is accuracy misleading?', true],
    ['Sum the digits of a number without turning it into a string.', true],
    ['Count the set bits of an integer.', false],
    ['Tell whether a string is a palindrome, ignoring case.', true],
    ['What is a product roadmap?', true],
    ['What is a north-star metric?', true],
  ],
  'details-series.md': [
    ['Why do you want this job?', true],
    ['What draws you to this role?', true],
    ['Why this company rather than another?', true],
    ['Handling pressure', true],
    ['What would your last manager say about you?', true],
    ['How do you handle feedback you disagree with?', true],
  ],
  'no-headings.md': [
    ['What is a variable?', false],
    ['What does a loop do?', false],
    ['Explain closures with an example.', false],
    ['What is tail-call optimisation?', false],
  ],
  'question-bank.md': [
    // The contents list is left out but for its entry that points nowhere yet.
    ['Why is UDP used for live video?', false],
    ['Explain what a socket is.', false],
    ['What does a router do that a switch does not?', false],
    ['Can a single device be both?', false],
    ['How would you tell which one you are plugged into?', false],
    ['Which layer does TLS belong to?', false],
    ['Describe what happens during a TCP handshake.', false],
    // The contents table is left out; the questions are the headings the list items open with.
    ['Which port does HTTPS use by default?', true],
    ['Explain what a subnet mask is for.', true],
    ['How would you debug a DNS lookup that hangs?', true],
    // A snippet a question points at is what it shows, not its answer (shown.ts): neither is answered.
    ['What does this line print?', false],
    ['Which of the two loops below finishes first?', false],
  ],
  'pasted-numbers.md': [
    ['What is a primary key?', true],
    // "2." and "3." open lines inside paragraphs; "4." starts a list where the other stopped.
    ['Write down two kinds of index.', true],
    ['What is a foreign key?', true],
    ['How does an index slow down writes?', true],
    // A bold first line is the whole question; the lines under it answer it.
    ['Tell me about a slow query you fixed.', true],
    ['Why do you like working with data?', true],
  ],
  'prose-and-lists.md': [
    ['Design a rate limiter', false],
    // Listed in the table and asked again as a heading with its answer: one question, the answered one.
    ['Design a cache for a read-heavy API', true],
    // Out of a series: a statement opened by "When" and a reading-list link are not questions; a bid is.
    ['Design a warm-up step for new nodes.', false],
    // A checklist under a question label: only the item that asks by itself.
    ['What does LRU stand for?', false],
  ],
  'titled-prompts.md': [
    // A titled <details> whose answer ends by listing its variations is a prompt; each variation shares its answer.
    ['Working with a difficult colleague', true],
    ['How do you handle a teammate who misses deadlines?', true],
    ["Share a time you changed a colleague's mind.", true],
    ['Splitting work fairly', true],
    ['Describe how you divide a project between people.', true],
    // A parenthesis closing the line after the "?" is the answer.
    ['What does a linter check?', true],
    ['Which sort is stable?', true],
    ['What is a deadlock?', false],
  ],
  'titled-under-label.md': [
    // Titles over prompts under a question label: every prompt asks, "?" or not; a lone "New to all this?" does not.
    ['How would you test an elevator?', false],
    ['Trade places with me and interview me.', false],
    ['Sell me this pencil.', false],
    ['How much does this building weigh?', false],
  ],
  'table-first-column.md': [
    // No "Question" column, but the first column is a series of questions: the next column answers.
    ['What is a write-ahead log?', true],
    ['Why batch small writes?', true],
    ['Explain copy-on-write.', true],
  ],
  'coding-fences.md': [
    // Fences opened by a comment, most of which ask: each comment is the problem, the code its answer.
    ['Reverse a string without slicing.', true],
    ['Write a function that counts the vowels in a word.', true],
    ['How would you check that two words are anagrams?', true],
  ],
  'numbered-tasks.md': [
    // Numbered headings across the file, each over a fence, a third of which ask: every sentence is a task.
    ['List every customer who signed up this year.', true],
    ['How do you count the orders of each customer?', true],
    ['Show the three most expensive products.', true],
    ['Write a query that ranks the sellers of each region by revenue.', true],
    ['Remove duplicate emails but keep the oldest row.', true],
    // "### 3. Joins" holds no code and names a topic.
  ],
  // A tutorial's numbered steps over code: none asks, so none is a question.
  'numbered-steps.md': [],
  'numbered-bold.md': [
    // Numbered bold lines, most of which ask: all are questions, none a section label.
    ['What does a CDN cache?', true],
    ['Name two HTTP methods that are safe to repeat', true],
    ['Why split a bundle into chunks?', true],
    ['What is a service worker?', true],
    ['Cookies versus local storage', true],
    ['How does one connection carry many requests at once?', true],
  ],
  'restated-headings.md': [
    // A numbered heading restated by the heading right under it: one question, answered by what follows both.
    ['What does an index speed up?', true],
    ['Explain what a view is.', true],
    ['Describe the price of denormalising.', true],
    ['Discuss the cost of many indexes on one table.', true],
    // Two equal headings, neither numbered, stay two sections: neither asks.
  ],
  'question-numbered-items.md': [
    // A one-item list numbered as a question ("Q2.") after an answered one asks anew, whatever its wording.
    ['What does a validation set tell you?', true],
    ['Your model scores well in training and badly in production. Walk through the likely causes.', true],
    ['Why shuffle data before splitting it?', true],
  ],
  'answer-points.md': [
    // Headings of other shapes between numbered questions, most of which do not ask (one that does, "Why does it
    // matter?", a bold step "1. **Design a refill lock**"), are points of the answer above.
    ['What is a cache hit ratio?', true],
    ['Explain cache stampedes.', true],
    ['How do you pick a time to live?', true],
    // A heading that names questions is no point: its list still asks.
    ['What would you cache in a news feed?', false],
    ['When should you not cache at all?', true],
    // Where the unnumbered headings ask as often as not, they are questions beside the numbered ones.
    ['What is a socket?', true],
    ['What is a port?', true],
    ['What does DNS do?', true],
    ['Why is UDP faster to start?', true],
    ['What is TLS for?', true],
  ],
  'stated-tasks.md': [
    // Headings numbered as titles, each over one statement and nothing else: the statements are unanswered tasks.
    ['Count how many times each word appears in a text file.', false],
    ['Write a client that retries a failed call with growing pauses.', false],
    ['Warn when a disk is more than nine tenths full.', false],
    // Numbered examples over their code are a walk-through, not tasks.
  ],
  'numbered-points.md': [
    // The points of an answer, numbered afresh and opening in bold, are no members of the questions' series.
    ['What is normalisation? Give the steps.', true],
    ['Why keep a surrogate key?', true],
    ['What does a foreign key guard against?', true],
    ['When would you index a column?', true],
    ['How does a composite key differ from a single one?', true],
    ['Why avoid storing lists in one cell?', true],
  ],
  'pointers.md': [
    // Listed in a table and repeated as headings whose only text is a link and a picture: one question, at the row.
    ['Design a parking garage sensor network', false],
    ['Design a ticket queue for a concert', false],
    ['Design a photo sharing feed', false],
    // A screenshot alone answers.
    ['What does the queue dashboard show?', true],
  ],
  'asides.md': [
    // A parenthesis after the "?" answers it, unless it offers choices, asks on, quotes or gives an example.
    ['What does a load balancer spread?', true],
    ['How often do you ship? (daily / weekly / at the end of a sprint)', false],
    ['Who reviews the code? (and how long does a review take)', false],
    ['What happens when a deadline slips? ("we will fix it in the next release")', false],
    ['Which metrics do you watch? (e.g. latency and error rate)', false],
    ['What is a heartbeat?', true],
  ],
  'titles-over-prompts.md': [
    // Titles over prompts: the prompt is the question, even under a title that asks ("Why?"), set as
    // a lone bullet, or reading like a label ("How to plan …?"); none is answered.
    ['Why do teams split a service in two? Explain.', false],
    ['How to plan a release when two teams share one branch?', false],
    [
      'Imagine you could talk to the people who designed your favourite language twenty years ago. What one change would you ask them for?',
      false,
    ],
    ['What would you change in how your team handles night alerts?', false],
    ['How do you hand a project over to a new team lead?', false],
  ],
  'followups.md': [
    // Bullets that only ask on are follow-ups the question raises, not its answer.
    ['Tell me about a project you are proud of.', false],
    ['Describe a hard bug you fixed.', true],
    ['Tell me about a time you missed a deadline.', false],
  ],
  'problem-chapters.md': [
    // A title over a "题目" (problem) sub-section, as over a "Problem" one: its first paragraph is the question.
    ['设计一个把长网址变成短链接的服务，每天有一亿次跳转。', true],
    ['设计一个实时更新的游戏排行榜。', true],
  ],
  'html-lists.md': [
    // Raw <li> items each folding an answer into <details>: a series of questions, whatever their wording;
    // a hard line break reads as a space. A raw list without <details> that does not ask gives none.
    ['Turn a list of words into a list of their first letters input: ["red", "green"] output: ["r", "g"]', true],
    ['Count the even numbers in an array.', true],
    ['Return the largest value of a list without sorting it.', true],
  ],
  'bold-inline.md': [
    // Items whose bold lead asks, answered after it on the same line: the lead is the question under any
    // label ("Core concepts"); term items do not ask; a closing bold line nothing answers is a sign-off.
    ['What is a B-tree?', true],
    ['Row store vs column store?', true],
    ['Explain write amplification.', true],
    ['Why compact an LSM tree?', true],
    ['Design a backup schedule for a small database.', true],
  ],
  'bold-lines.md': [
    // Items whose whole first line is bold, answered on the next line, in a sub-list or a fence: each is a
    // question, an order ("Compare …") or a fragment ("Difference between …?") included. Bold names over
    // their descriptions (the tools) ask nothing.
    ['What does a router do?', true],
    ['Difference between a hub and a switch?', true],
    ['Compare TCP to UDP.', true],
    ['How would you inspect the packets a host sends?', true],
    ['Why is DNS cached at several layers?', true],
    // Answers after the bold on its line and on the next, in one list: each answer without its dash.
    ['What is a subnet mask?', true],
    ['Why use NAT?', true],
    ['What does ARP resolve?', true],
  ],
  'series-stems.md': [
    // An item that asks by its series alone ("Plan a …") keeps the questions under it as its answer's
    // parts, as one that asks by its wording does ("Design a …").
    ['How does a cache stay warm after a restart?', true],
    ['Why shard a queue by key?', true],
    ['Design a photo sharing service.', true],
    ['Plan a ride-hailing backend.', true],
    // A heading taken by its series may be a scenario's title: its questions are still questions.
    ['Why does a fair coin not remember its last toss?', true],
    ['How many ways can four people sit in a row?', true],
    ['What is the expected number of rolls to see a six?', true],
    ['What is the chance that they sum to seven?', false],
    ['What is the chance of a double?', false],
  ],
  'qa-items.md': [
    // A "Q:" bullet and the "A:" bullet after it are one question and its answer, under a label or not.
    ['When does a write-through cache beat a write-back one?', true],
    ['How do you stop a stampede on a cold key?', true],
    ['Why would a consumer read the same message twice?', true],
    ['What keeps a queue from growing without bound?', false],
    // Plain "Q:" and "A:" pair as bold ones do; an "A:" followed by a "B:" is an option, not an answer.
    ['Why can an index slow down writes?', true],
    ['Which of these is a covering index?', false],
  ],
  'cross-references.md': [
    // A table whose question column holds only the numbers of questions above is an index, not questions.
    ['Tell me about a time you fixed something nobody owned.', true],
    ['Describe a time you changed your mind after feedback.', true],
    ['Tell me about a week with too many priorities.', true],
  ],
  'cousin-headings.md': [
    // Question headings filed in small groups: the file's headings of that depth are one series, so an
    // order of a group where none asks by its wording ("Estimate …") is a question too. The notes after
    // the last of these unanswered headings do not answer it.
    ["How would you improve a library's loan system?", false],
    ['What would you build first for a new parking app?', false],
    ['Who are the users of a school timetable tool?', false],
    ['Pick a product you love. Why does it work?', false],
    ['Estimate how many bicycles are sold in a mid-sized city each year.', false],
    ['Estimate the yearly spend on office coffee in a firm of two hundred people.', false],
    ['Should a map company enter food delivery?', false],
    ['How would you grow a podcast app in a new country?', false],
  ],
  'recap.md': [
    // A recap line that restates one question above, in fewer words, takes its answer; one that names
    // more than any question above asked ("… vs redo log vs undo log") stays unanswered.
    ['What is the difference between a heap file and a sorted file?', true],
    ['How do you detect a torn page after a crash?', true],
    ['What is a write-ahead log?', true],
    ['When should you use a B-tree vs an LSM tree?', true],
    ['Difference between heap file and sorted file', true],
    ['Detect torn pages', true],
    ['B-tree vs LSM tree', true],
    ['Write-ahead log vs redo log vs undo log', false],
  ],
  'html-tables.md': [
    // Numbered rows of an HTML table, most of which ask: each a question, the rows below it its answer
    // (an empty list is none). A table of rows named, not numbered, explains and gives none.
    ['Tell me about a release you rescued. What did you change first?', true],
    ['Describe a time you took on work nobody owned.', false],
    ['Which habit of yours helps a team most?', false],
  ],
  'question-chapters.md': [
    // Titles over two or more "Question:" lines are chapters of them (a quick round), not one question each.
    ['What does a closure keep alive?', true],
    ['How would you build a private counter with one?', true],
    ['typeof []', true],
    ['Is 0.1 + 0.2 === 0.3 true?', true],
    ["Which callback runs first, a resolved promise's or a zero-delay timer's?", true],
    // An empty "Question:" slot right before its "Answer:": the title is the question.
    ['Stack vs queue', true],
    ['Why can a set not hold one value twice?', true],
    ['When is a Map better than a plain object?', true],
    // Bold that markdown could not close ("**Question:**Why …") still reads as the label it shows.
    ['Why can a WeakMap not be iterated?', true],
  ],
  'fullwidth-and-quotes.md': [
    // A full-width "？" asks as "?" does, and a digit inside CJK text does not make it a bare number.
    ['缓存满了怎么办？', true],
    ['第2次重试也失败了怎么办？', true],
    // A blockquote opened by a question (a label, or a "?"): the rest of the quote answers; a note does not ask.
    ['一个服务每秒有一万次读，命中率九成，数据库每秒要承受多少次读？', true],
    ['How much memory do ten million keys of 100 bytes take?', true],
  ],
  'fenced-list.md': [
    // A fence with no language that holds nothing but items, most of which ask, is a list of questions;
    // items that do not ask, a line that is not an item, or a language keep a fence code.
    ['What does a compiler do that an interpreter does not?', false],
    ['Why is deep recursion limited by the stack?', false],
    ['What makes a function pure? Give one example from your own code?', false],
  ],
  'under-label.md': [
    // Under a question label, a heading over an answer of its own is one more question among those that ask;
    // one over a link only, or over questions of its own, is not.
    ['Flatten a nested array', true],
    ['Drop falsy values', true],
    ['How do you tell an array from an object?', true],
    ['Take the last element off an array', true],
    ['map() vs. forEach()', true],
    ['Why does sort() compare numbers as strings?', false],
  ],
  'small-series.md': [
    // In a series of only three, the one that does not ask joins when it is a sentence, not when it is a name.
    ['What happens when a consumer dies halfway through a message?', true],
    ['How do you keep messages in order?', true],
    ['Why does a queue smooth out spikes?', true],
    ['How would you size a pool of consumers?', true],
    ['Count the messages left in each partition after a restart.', true],
  ],
  'template-sample.md': [
    // The filled-in sample of the guide's own template (its placeholder in a fence above) is no question,
    // nor is the heading whose answer shows that template ("How do I add a question?").
    ['Why would a cache hide a slow database?', true],
    ['How does a replica fall behind its primary?', true],
  ],
  'paragraph-pairs.md': [
    // A run of plain paragraphs, each over its list, most of which ask: every paragraph is a question, its
    // list the answer, spacer <br> lines between them or not. Two such pairs, or a run where none asks, are prose.
    ['Explain what a subnet is for.', true],
    ['How does a switch learn where to send a frame?', true],
    ['Name the layer that routers work at.', true],
    ['Why would a home network use NAT?', true],
  ],
  'indented-problems.md': [
    // Bold labels over indented statements, most of which ask: each statement is an unanswered problem, its
    // label the title; a leading pair that asks nothing (a helper) is the file's frame.
    [
      "Implement a function that reverses the order of the words in a sentence. EXAMPLE Input: 'red green blue' Output: 'blue green red'",
      false,
    ],
    ['Write a function that returns the first character of a string that appears only once.', false],
    ['Given two strings, decide whether one becomes the other by changing exactly one letter.', false],
    ['Can you check that every bracket of a string is closed in the right order? Do it in one pass.', false],
  ],
  'escaped-bold.md': [
    // Bold whose asterisks are escaped shows them: among bold items it is the same bold, and asks as they do.
    ['What is a page cache?', true],
    ['Explain write-back caching.', true],
    ['Why does fsync slow a write down?', true],
    ['What is a journal?', true],
  ],
  'topic-answers.md': [
    // Bold items over answers that restate the plain topics an earlier list named are questions; a glossary
    // of bold terms is not, nor a list that repeats bold items of an answer list above it.
    ['Lexical Analysis', true],
    ['Parsing strategies', true],
    ['Register Allocation', true],
    ['Instruction selection', true],
  ],
  // File names over their code, fenced or indented: code, not problems.
  'indented-code.md': [],
  'cleanup-text.md': [
    ['What is a Bloom filter?', false],
    ['How does consistent hashing spread keys?', false],
    ['Explain the CAP theorem in your own words', false],
    ['Why is *args useful in Python?', false],
    // Quotes around the whole question go; a quote that opens only part of it stays.
    ['"Latency" and "throughput" are often mixed up: which one does a queue hide?', false],
    ['Why should we hire you?', false],
    ['What is a write-ahead log?', true],
  ],
}

describe('every layout family', () => {
  it.each(Object.entries(EXPECTED))('%s: the questions, and which are answered', (name, expected) => {
    expect(questionsOf(name).map((question) => [question.text, question.answer !== null])).toEqual(expected)
  })
})

describe('titles, stems and answers', () => {
  it('keeps a heading that is a title as the card title, at its own line', () => {
    const questions = questionsOf('heading-series.md')
    expect(find(questions, 'How many orders')).toMatchObject({title: 'Count orders', titleLine: 27})
    expect(find(questions, 'How many orders').position.line).toBe(29)
    expect(find(questions, 'Given a list of integers')).toMatchObject({title: 'Pair with a given sum', kind: 'coding'})
    const pair = find(questions, 'Given a list of integers').answer!.map((block) => block.type)
    // The "Solution" heading is an answer label: dropped, its code kept.
    expect(pair).toEqual(['heading', 'paragraph', 'code'])
  })

  it('titles an indented problem by its bold label, at the line of its statement', () => {
    const questions = questionsOf('indented-problems.md')
    expect(find(questions, 'Write a function that returns')).toMatchObject({title: '02_first_unique.py', titleLine: 19})
    expect(find(questions, 'Write a function that returns').position.line).toBe(21)
    expect(find(questions, 'Implement a function').kind).toBe('coding')
  })

  it('answers a paired paragraph with its list, nested bullets included', () => {
    const answer = find(questionsOf('paragraph-pairs.md'), 'How does a switch').answer!
    expect(answer.map((block) => block.type)).toEqual(['list'])
    expect(toString(answer[0]!)).toContain('Later frames')
  })

  it('gives sub-questions their stem, and variations their question and its answer', () => {
    const lists = questionsOf('lists.md')
    expect(find(lists, 'What is the chance that both').context).toBe(
      'A bag holds three red and two blue marbles, and two are drawn without replacement.',
    )
    const details = questionsOf('details-series.md')
    expect(find(details, 'What draws you').context).toBe('Why do you want this job?')
    expect(find(details, 'Why do you want this job').answer!.map((block) => block.type)).toEqual(['paragraph'])
  })

  it('takes nothing inside an answer for a question: answer bullets, **Simple:** parts, code', () => {
    const lists = questionsOf('lists.md')
    expect(find(lists, 'Explain regularisation').answer!.map((block) => block.type)).toEqual(['list'])
    const paragraphs = questionsOf('paragraphs.md')
    expect(find(paragraphs, 'Why does a learning rate').answer).toHaveLength(2)
    expect(find(paragraphs, 'What is a north-star').answer!.map((block) => block.type)).toEqual(['list'])
  })

  it('gives follow-ups in a question bank the question they follow, and drops back-to-top lines from answers', () => {
    const bank = questionsOf('question-bank.md')
    expect(find(bank, 'Can a single device').context).toBe('What does a router do that a switch does not?')
    expect(find(bank, 'What does a router do').context).toBeUndefined()
    const port = find(bank, 'Which port does HTTPS')
    expect(port.position.line).toBe(27)
    expect(port.answer!.map((block) => block.type)).toEqual(['paragraph'])
    const snippet = find(bank, 'What does this line print')
    expect(snippet.why).toEqual(['a "Question:" line', 'shows a code block'])
    expect(snippet.shown!.map((block) => toString(block))).toEqual(['console.log(typeof null)'])
  })

  it('gives a pasted numbered item the lines up to the next number as its answer, at the line of its number', () => {
    const pasted = questionsOf('pasted-numbers.md')
    const key = find(pasted, 'What is a primary key')
    expect(key.answer!.map((block) => toString(block))).toEqual([
      'A column, or a set of them, that names each row once.',
      'Every table should have one.\nIt may span several columns.',
    ])
    expect(find(pasted, 'Write down two kinds').position.line).toBe(10)
    expect(find(pasted, 'Tell me about a slow').answer!.map((block) => toString(block))).toEqual([
      'I found a missing index by reading the query plan, and the report went from a minute to a second.',
    ])
  })

  it('reads a blockquote of nothing but a heading as that heading, and gives variations their prompt as context', () => {
    const guide = guideOf(readFileSync(path.join(FAMILIES, 'titled-prompts.md'), 'utf8'))
    expect(flat(guide.sections).map((section) => section.title)).toEqual(['Teamwork', 'Quick facts'])
    const prompts = questionsOf('titled-prompts.md')
    expect(find(prompts, 'Describe how you divide').context).toBe('Splitting work fairly')
    expect(toString(find(prompts, 'Which sort is stable').answer![0]!)).toBe('merge sort keeps equal keys in order')
  })

  it('reads numbered bold lines as questions, not labels, and the lines under a bold question as its answer', () => {
    const guide = guideOf(readFileSync(path.join(FAMILIES, 'numbered-bold.md'), 'utf8'))
    expect(flat(guide.sections).map((section) => section.title)).toEqual(['Quick answers', 'Further reading'])
    const bold = questionsOf('numbered-bold.md')
    expect(find(bold, 'Why split').answer!.map((block) => toString(block))).toEqual([
      'So that a page loads only the code it needs, and the rest when it is asked for.',
    ])
    expect(find(bold, 'Why split').why).toEqual(['a bold question line, answered on the lines below it'])
    expect(find(bold, 'Cookies versus').why).toEqual(['series of "whole bold" paragraphs: 4 of 6 ask'])
  })

  it('gives a restated heading question what follows the restatement, its sub-headings too, at its own line', () => {
    const view = find(questionsOf('restated-headings.md'), 'Explain what a view is')
    expect(view.position.line).toBe(10)
    expect(view.answer!.map((block) => toString(block))).toEqual([
      'A stored query that reads like a table.',
      'Example',
      'A view that joins orders to customers, so reports need no join of their own.',
    ])
  })

  it('gives a numbered question the headings of its depth after it that are points of its answer', () => {
    const ratio = find(questionsOf('answer-points.md'), 'What is a cache hit ratio')
    expect(ratio.answer!.map((block) => toString(block))).toEqual([
      'The share of reads the cache serves.',
      'Why does it matter?',
      'A low ratio means the cache costs memory and saves little.',
      'Summary',
      'Watch it per key prefix.',
    ])
    const stampede = find(questionsOf('answer-points.md'), 'Explain cache stampedes')
    expect(stampede.answer!.filter((block) => block.type === 'heading').map((block) => toString(block))).toEqual([
      '1. Design a refill lock',
      '2. Early refresh',
    ])
  })

  it('titles a stated task by its heading, at the line of its statement', () => {
    const count = find(questionsOf('stated-tasks.md'), 'Count how many times')
    expect(count).toMatchObject({title: 'Word count', titleLine: 5})
    expect(count.position.line).toBe(6)
  })

  it('tells a restatement from a sibling that only looks like one', () => {
    expect(restates('12. What is a view?', 'What is a view in SQL?')).toBe(true)
    expect(restates('What is Data Lake?', 'What is a Data Lake?')).toBe(true)
    expect(restates('Step 1', 'Step 2')).toBe(false)
    expect(restates('What is a view?', 'What is a trigger?')).toBe(false)
    expect(restates('Joins', 'Joins and the indexes that serve them')).toBe(false)
  })

  it('takes a link beside a picture for where the answer is, not for the answer', () => {
    const garage = find(questionsOf('pointers.md'), 'Design a parking garage')
    expect(garage).toMatchObject({answer: null, elsewhere: 'drills/garage.md', layout: 'table'})
    expect(garage.position.line).toBe(7)
  })

  it('keeps each title over its prompt, a title that asks included', () => {
    const prompts = questionsOf('titles-over-prompts.md')
    expect(prompts.map((question) => question.title)).toEqual([
      'Why?',
      'Shared branches',
      'Time machine',
      'On-call',
      'Handover',
    ])
    expect(find(prompts, 'Why do teams').why).toEqual([
      'a prompt paragraph below',
      'a title that asks, among titles over prompts',
    ])
  })

  it('reads raw <li> items as a list: at the line their text starts, the <details> as the answer', () => {
    const drills = questionsOf('html-lists.md')
    const evens = find(drills, 'Count the even')
    expect(evens.position.line).toBe(23)
    expect(evens.why).toEqual(['series: 3 of 3 items of the list carry a <details> answer'])
    expect(evens.answer!.map((block) => toString(block))).toEqual([
      'const evens = (xs) => xs.filter((x) => x % 2 === 0).length',
      'The filter keeps what divides by two, and the length counts it.',
    ])
  })

  it('keeps what follows a bold lead on its line as the answer', () => {
    const tree = find(questionsOf('bold-inline.md'), 'What is a B-tree')
    expect(tree.answer!.map((block) => toString(block))).toEqual([
      'A balanced tree whose wide nodes keep lookups to a few disk reads.',
    ])
    expect(tree.why).toEqual([
      'ends in "?"',
      'series: 4 of 4 items of the list open with a bold question answered after it',
    ])
  })

  it('answers a bold line with the rest of its item: the next line without its break, a sub-list, a fence', () => {
    const questions = questionsOf('bold-lines.md')
    const answers = (start: string) => find(questions, start).answer!.map((block) => block.type)
    expect(toString(find(questions, 'What does a router').answer![0]!)).toBe(
      'It forwards packets between networks by looking up where each one should go next.',
    )
    expect(answers('Difference between a hub')).toEqual(['list'])
    expect(answers('How would you inspect')).toEqual(['paragraph', 'code'])
    expect(toString(find(questions, 'What is a subnet').answer![0]!)).toBe(
      'It tells which part of an address names the network.',
    )
    expect(find(questions, 'Compare TCP').why).toEqual(['series of list items opening with bold text: 4 of 5 ask'])
  })

  it('answers a "Q:" bullet with the "A:" bullet after it, without its label', () => {
    const stampede = find(questionsOf('qa-items.md'), 'How do you stop a stampede')
    expect(stampede.answer!.map((block) => toString(block))).toEqual([
      'Let one request refill it while the others wait or read a stale copy.',
    ])
    expect(stampede.position.line).toBe(9)
  })

  it('says which question a recap line restates, and gives it that answer', () => {
    const recap = find(questionsOf('recap.md'), 'B-tree vs LSM')
    expect(toString(recap.answer![0]!)).toBe('A B-tree for read-heavy work, an LSM tree when writes dominate.')
    expect(recap.why).toContain('restates "When should you use a B-tree vs an LSM tree?" (line 12): its answer')
  })

  it('places an HTML table question at its cell, with the notes below it as its answer', () => {
    const rescued = find(questionsOf('html-tables.md'), 'Tell me about a release')
    expect(rescued.position.line).toBe(17)
    expect(rescued.why).toEqual(['ends in "?"', 'series of numbered rows of an HTML table: 3 of 3 ask'])
    expect(rescued.answer!.map((block) => toString(block))).toEqual([
      'The build broke the night before launch.I rolled back one library and shipped on time.',
    ])
  })

  it('keeps a chapter over a 题目 sub-section as the title of its question', () => {
    const chapters = questionsOf('problem-chapters.md')
    expect(chapters.map((question) => question.title)).toEqual(['短链接服务', '排行榜'])
    expect(chapters[0]!.why).toEqual(['a "Question" sub-section'])
  })

  it('says why a numbered task was taken: its series, each answered by code', () => {
    const tasks = questionsOf('numbered-tasks.md')
    expect(find(tasks, 'List every customer').why).toEqual([
      'series of h3 numbered headings each answered by code: 2 of 5 ask',
    ])
    expect(find(tasks, 'Show the three').answer!.map((block) => block.type)).toEqual(['paragraph', 'code'])
  })

  it('keeps a source tag as metadata and places a <details> question at its summary', () => {
    expect(find(questionsOf('cleanup-text.md'), 'How does consistent').meta).toEqual(['Amazon, 2021'])
    expect(find(questionsOf('details-series.md'), 'Why do you want').position.line).toBe(9)
  })

  it('keeps the markdown after a closed <details> as the guide text it is', () => {
    const guide = guideOf(readFileSync(path.join(FAMILIES, 'details-series.md'), 'utf8'))
    const body = flat(guide.sections).flatMap((section) => section.body)
    const list = body.filter((block) => block.type === 'list').at(-1)
    expect(list?.position?.start.line).toBe(39)
  })
})

describe('chapters of "Question:" lines', () => {
  it('says why: the chapter that holds a question line, and the empty slot that makes a title the question', () => {
    const drill = questionsOf('question-chapters.md')
    expect(find(drill, 'typeof').why).toEqual([
      'a bold question line',
      'a chapter of 2 "Question:" lines under a title that does not ask',
    ])
    expect(find(drill, 'Which callback').title).toBe('Event loop')
    expect(find(drill, 'Stack vs queue').why).toEqual(['an empty "Question:" label below: the title is the question'])
    expect(find(drill, 'Stack vs queue').position.line).toBe(find(drill, 'Stack vs queue').titleLine)
  })
})

describe('worked questions in blockquotes', () => {
  it('says why, places the question at its line, and answers it with the rest of the quote', () => {
    const boxed = questionsOf('fullwidth-and-quotes.md')
    const labelled = find(boxed, '一个服务')
    expect(labelled.why).toEqual(['a blockquote opened by a question label'])
    expect(labelled.position.line).toBe(17)
    expect(toString({type: 'root', children: labelled.answer!})).toBe('一万乘以一成，每秒一千次。')
    expect(find(boxed, 'How much memory').why).toEqual(['a blockquote opened by a question'])
  })
})

describe('lists set in a fence', () => {
  it('places each item at its own line and says why', () => {
    const listed = questionsOf('fenced-list.md')
    expect(listed.map((question) => question.position.line)).toEqual([6, 7, 8])
    expect(find(listed, 'Why is deep').why).toEqual([
      'ends in "?"',
      'series: 3 of 3 items of the list ask',
      'an item of a list set in a fence',
    ])
  })
})

describe('headings under a question label', () => {
  it('says why a heading that does not ask is one of the questions', () => {
    const under = questionsOf('under-label.md')
    expect(find(under, 'Take the last').why).toEqual([
      'under a question label, a heading over an answer of its own, among siblings of which 4 of 8 ask',
    ])
  })
})

describe('books', () => {
  it('reads the chapters of a book in the order of its SUMMARY.md, skipping an empty one, CRLF or not', async () => {
    const content = await loadContent(path.join(FAMILIES, 'book'))
    expect(content.files.map((file) => file.name)).toEqual([
      'README.md',
      'chapters/trees.md',
      'chapters/basics/arrays.md',
      'chapters/appendix.md',
    ])
    const study = studyOf(content)
    expect(study.guide.title).toBe('My Book')
    expect(flat(study.guide.sections).flatMap((section) => section.questions.map((q) => q.text))).toEqual([
      'What is a balanced tree?',
      'How do you invert a binary tree?',
      'What is a dynamic array?',
      'What is amortised cost?',
    ])
  })
})

describe('navigation is not content', () => {
  it('leaves out a hand-written table of contents and the closing navigation line', () => {
    const guide = guideOf(
      '# Guide\n\n## Contents\n\n- [Basics](#basics)\n- [Advanced](#advanced)\n\n## Basics\n\n- What is a list?\n\n---\n\n*Continue to [Advanced](./advanced.md) or return to the [Main Guide](./README.md)*\n',
    )
    expect(flat(guide.sections).map((section) => section.title)).toEqual(['Basics'])
    expect(JSON.stringify(guide)).not.toContain('Continue to')
    expect(flat(guide.sections)[0]!.body.map((block) => block.type)).toEqual(['list'])
  })
})
