/**
 * Roles and domains a guide gets when its folder has no manifest, so that
 * `--role ml-engineer` works on anybody's guide.
 */
import type {Manifest} from './schema.js'

export const DEFAULT_MANIFEST: Manifest = {
  roles: {
    'ml-engineer': {name: 'ML Engineer', aliases: ['mle', 'ml-eng', 'machine-learning-engineer', 'ML Engineer']},
    'data-scientist': {name: 'Data Scientist', aliases: ['ds', 'data-science', 'Data Scientist']},
    'research-scientist': {name: 'Research Scientist', aliases: ['rs', 'research', 'researcher', 'Research Scientist']},
    'product-manager': {
      name: 'AI Product Manager',
      aliases: ['pm', 'ai-pm', 'product', 'AI Product Manager', 'Product Manager'],
    },
  },
  domains: {
    cv: {name: 'Computer Vision', aliases: ['computer-vision', 'vision', 'Computer Vision']},
    nlp: {
      name: 'Natural Language Processing',
      aliases: ['natural-language-processing', 'language', 'text', 'Natural Language Processing'],
    },
    'time-series': {name: 'Time Series', aliases: ['ts', 'timeseries', 'forecasting', 'Time Series']},
  },
  sections: {},
}
