import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Raygun API keys are 20–40 alphanumeric characters: only found after a Raygun key name.
 */
export default keyedSecretDetector({
  id: 'raygun-api-key',
  what: 'Raygun API key or personal access token',
  key: String.raw`raygun${SEP}(?:api${SEP}|app${SEP}|access${SEP})?(?:key|token)`,
  names: 'RAYGUN_API_KEY, raygunApiKey',
  keywords: ['raygun'],
  value: { pattern: '[0-9A-Za-z]{20,40}', chars: '0-9A-Za-z', name: '20–40 alphanumeric characters', sample: (seed) => fake(seed, 24) },
  contexts: ['RAYGUN_API_KEY={}', '"raygunApiKey": "{}"'],
  validate: randomMixedCase,
});
