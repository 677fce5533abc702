import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';
import { LOWER, fake } from '../lib/sample.js';

/** Atlas Administration API (programmatic) keys: an 8-letter public key and a UUID private key, the secret half. */
export default keyedSecretDetector({
  id: 'mongodb-atlas-api-key',
  what: 'MongoDB Atlas programmatic API private key',
  key: String.raw`(?:mongodb${SEP})?atlas${SEP}(?:api${SEP}|admin${SEP})?private${SEP}(?:api${SEP})?key|mcli${SEP}private${SEP}api${SEP}key`,
  names: 'MONGODB_ATLAS_PRIVATE_KEY, ATLAS_PRIVATE_KEY, MCLI_PRIVATE_API_KEY',
  trigger: String.raw`(?i:atlas[_.-]?(?:api[_.-]?|admin[_.-]?)?private|mcli[_.-]?private)`,
  value: uuidValue,
  contexts: ['MONGODB_ATLAS_PRIVATE_KEY={}', 'MCLI_PRIVATE_API_KEY: {}', '"atlasPrivateKey": "{}"'],
  negatives: [`MONGODB_ATLAS_PUBLIC_KEY=${fake('atlas-public', 8, LOWER)}`],
});
