/**
 * The back of a question to ask the interviewer: a guide lists these with no
 * answer, and an empty back teaches nothing. What the question is for and
 * what a good or a worrying reply sounds like depend on what it asks about,
 * so the question's wording picks one of a few themes; any other question
 * gets the general advice. Plain data: the Anki back and the CSV both show it.
 */

export interface AskBack {
  why: string
  listenFor: string[]
}

interface Theme {
  test: RegExp
  back: AskBack
}

const THEMES: Theme[] = [
  {
    test: /\b(success|measure|metric|kpi|evaluat|judg|perform)/i,
    back: {
      why: 'It shows how the team decides what good work is, and so what you would be judged on.',
      listenFor: [
        'metrics tied to users or the business, not only offline accuracy',
        'who owns monitoring once a model ships',
        'a vague answer: success may be decided by opinion',
      ],
    },
  },
  {
    test: /\b(challenge|problem|hard|difficult|pain|bottleneck|debt)/i,
    back: {
      why: 'The problems a team has are the work you would do; how they describe them shows how they think.',
      listenFor: [
        'concrete, technical problems rather than generic ones',
        'whether they are being worked on, and by whom',
        'problems they expect you to solve alone',
      ],
    },
  },
  {
    test: /\b(day|week|typical|routine|schedule|time (is )?spent)/i,
    back: {
      why: 'Job titles hide the work: this tells you how the hours are really spent.',
      listenFor: [
        'the share of time on modelling, data, engineering and meetings',
        'how much is planned and how much is firefighting',
        'whether it matches what the job description promised',
      ],
    },
  },
  {
    test: /\b(grow|growth|develop|learn|career|promot|mentor|training|conference)/i,
    back: {
      why: 'It tells you whether the company invests in people, and what your next step could be.',
      listenFor: [
        'a budget, time or a programme, not only "there is a lot to learn"',
        'examples of people who grew into new roles',
        'how promotions are decided',
      ],
    },
  },
  {
    test: /\b(team|culture|collaborat|work with|manager|report|structure|organi[sz])/i,
    back: {
      why: 'You will work with these people every day: this shows how they work together.',
      listenFor: [
        'how decisions are made and disagreements settled',
        'who you would work with most, and how often',
        'turnover, or a team that is still forming',
      ],
    },
  },
  {
    test: /\b(deploy|production|infrastructure|stack|tool|pipeline|data)/i,
    back: {
      why: 'It shows how far models get from a notebook to users here, and what you would build on.',
      listenFor: [
        'how a model reaches production, and how long that takes',
        'the tools and the data you would have on day one',
        'manual steps everyone works around',
      ],
    },
  },
  {
    test: /\b(next|process|timeline|step|hear back|decision)/i,
    back: {
      why: 'It sets expectations for after the interview and shows you are serious about the role.',
      listenFor: [
        'the remaining stages and when you will hear back',
        'who makes the decision',
        'anything more they need from you',
      ],
    },
  },
]

const GENERAL: AskBack = {
  why: 'A good question shows you thought about the role, and the answer helps you decide whether you want it.',
  listenFor: [
    'specific examples rather than general praise',
    'how openly they talk about what is hard',
    'anything that contradicts what you were told before',
  ],
}

export function askBackOf(question: string): AskBack {
  return THEMES.find((theme) => theme.test.test(question))?.back ?? GENERAL
}
