import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * Railway account, team and project tokens are UUIDs: only found after a Railway key name.
 */
export default keyedSecretDetector({
  id: 'railway-token',
  what: 'Railway API or project token',
  key: String.raw`railway${SEP}(?:api${SEP}|project${SEP}|team${SEP}|account${SEP})?token`,
  names: 'RAILWAY_TOKEN, RAILWAY_API_TOKEN',
  keywords: ['railway'],
  value: uuidValue,
  contexts: ['RAILWAY_TOKEN={}', 'RAILWAY_API_TOKEN: {}'],
  negatives: [`RAILWAY_PROJECT_ID=${uuidValue.sample('railway-project')}`],
});
