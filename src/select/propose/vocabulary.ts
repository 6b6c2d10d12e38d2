/**
 * The words `studypack init` listens for when it proposes a manifest: how a
 * heading names a role or a domain, and the terms of each role's focus. Kept
 * apart from the proposer so that the vocabulary can grow without touching it.
 */

export interface RoleWords {
  id: string
  name: string
  aliases: string[]
  description: string
  /** Phrases a heading uses to name the role (lower case, singular). */
  names: string[]
  /** Terms of the role's focus; a section that uses several of them is proposed for the role. */
  focus: string[]
}

export interface DomainWords {
  id: string
  name: string
  aliases: string[]
  /** Phrases a heading uses to name the domain (lower case). */
  names: string[]
  /** Terms of the domain; a section dense in them is proposed for the domain. */
  terms: string[]
}

export const ROLE_WORDS: RoleWords[] = [
  {
    id: 'ml-engineer',
    name: 'ML Engineer',
    aliases: ['mle', 'ml-eng', 'machine-learning-engineer'],
    description: 'Coding, system design, production considerations',
    names: ['ml engineer', 'machine learning engineer', 'mle', 'ai engineer', 'mlops engineer'],
    focus: [
      'production',
      'deploy',
      'deployment',
      'serving',
      'inference',
      'latency',
      'throughput',
      'scalability',
      'scaling',
      'pipeline',
      'mlops',
      'docker',
      'kubernetes',
      'monitoring',
      'feature store',
      'system design',
      'infrastructure',
      'distributed',
      'microservice',
      'api',
      'ci/cd',
      'model registry',
      'batch',
      'streaming',
    ],
  },
  {
    id: 'data-scientist',
    name: 'Data Scientist',
    aliases: ['ds', 'data-science'],
    description: 'Statistics, modeling, business impact',
    names: ['data scientist', 'data science', 'data analyst', 'analyst'],
    focus: [
      'statistics',
      'statistical',
      'probability',
      'hypothesis',
      'p-value',
      'confidence interval',
      'a/b test',
      'ab test',
      'experiment',
      'sql',
      'regression',
      'distribution',
      'variance',
      'bayes',
      'sampling',
      'pandas',
      'visualization',
      'visualisation',
      'dashboard',
      'metric',
      'kpi',
      'causal',
      'significance',
      'exploratory',
    ],
  },
  {
    id: 'research-scientist',
    name: 'Research Scientist',
    aliases: ['rs', 'research', 'researcher'],
    description: 'Deep technical knowledge, publications',
    names: ['research scientist', 'researcher', 'research engineer', 'research'],
    focus: [
      'paper',
      'publication',
      'research',
      'novel',
      'theory',
      'theoretical',
      'proof',
      'derive',
      'derivation',
      'convergence',
      'gradient',
      'optimization',
      'optimisation',
      'state of the art',
      'state-of-the-art',
      'benchmark',
      'ablation',
      'attention',
      'transformer',
      'generative',
      'diffusion',
      'reinforcement learning',
      'backpropagation',
    ],
  },
  {
    id: 'product-manager',
    name: 'AI Product Manager',
    aliases: ['pm', 'ai-pm', 'product', 'product-manager'],
    description: 'Technical understanding, business acumen',
    names: ['product manager', 'ai product manager', 'pm', 'product management', 'product'],
    focus: [
      'product',
      'stakeholder',
      'roadmap',
      'prioritization',
      'prioritisation',
      'prioritize',
      'customer',
      'user',
      'business',
      'strategy',
      'launch',
      'market',
      'revenue',
      'okr',
      'trade-off',
      'go-to-market',
      'requirements',
      'persona',
      'adoption',
      'growth',
    ],
  },
]

export const DOMAIN_WORDS: DomainWords[] = [
  {
    id: 'cv',
    name: 'Computer Vision',
    aliases: ['computer-vision', 'vision'],
    names: ['computer vision', 'vision', 'image processing'],
    terms: [
      'image',
      'pixel',
      'cnn',
      'convolution',
      'convolutional',
      'object detection',
      'segmentation',
      'yolo',
      'resnet',
      'bounding box',
      'opencv',
      'augmentation',
      'vit',
    ],
  },
  {
    id: 'nlp',
    name: 'Natural Language Processing',
    aliases: ['natural-language-processing', 'language', 'text'],
    names: ['nlp', 'natural language processing', 'natural language', 'language models', 'llm', 'llms', 'text'],
    terms: [
      'token',
      'tokenization',
      'tokenizer',
      'embedding',
      'word2vec',
      'bert',
      'gpt',
      'language model',
      'sentiment',
      'named entity',
      'ner',
      'translation',
      'corpus',
      'prompt',
      'tf-idf',
    ],
  },
  {
    id: 'time-series',
    name: 'Time Series',
    aliases: ['ts', 'timeseries', 'forecasting'],
    names: ['time series', 'time-series', 'forecasting'],
    terms: [
      'time series',
      'forecast',
      'forecasting',
      'arima',
      'seasonality',
      'seasonal',
      'stationarity',
      'stationary',
      'autocorrelation',
      'lag',
      'trend',
      'prophet',
    ],
  },
]

/** Role words a heading ends with when it names a role nobody listed: "Frontend Developers", "For SQL Analysts". */
export const ROLE_NOUNS = [
  'engineer',
  'developer',
  'scientist',
  'manager',
  'analyst',
  'architect',
  'designer',
  'researcher',
  'consultant',
  'administrator',
  'tester',
]

/** What a heading may say around a role's name and still be about that role. */
export const ROLE_HEADING_WORDS = [
  'questions',
  'question',
  'interview',
  'interviews',
  'role',
  'roles',
  'track',
  'focus',
  'topics',
  'preparation',
  'prep',
  'specific',
  'guide',
  'round',
  'rounds',
]
