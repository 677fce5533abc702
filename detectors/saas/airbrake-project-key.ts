import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Airbrake project keys and user API keys are 32 hex characters: only found after an Airbrake key name.
 */
export default keyedSecretDetector({
  id: 'airbrake-project-key',
  what: 'Airbrake project or user API key',
  key: String.raw`airbrake${SEP}(?:project${SEP}|api${SEP}|user${SEP})?key`,
  names: 'AIRBRAKE_PROJECT_KEY, AIRBRAKE_API_KEY',
  keywords: ['airbrake'],
  value: hexValue(32),
  contexts: ['AIRBRAKE_PROJECT_KEY={}', '"airbrakeApiKey": "{}"'],
  negatives: ["AIRBRAKE_PROJECT_ID=123456"],
});
