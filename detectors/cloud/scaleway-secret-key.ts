import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * Scaleway secret keys are UUIDs (the access key, SCW + 17 characters, is an id): only found after a Scaleway
 * key name.
 */
export default keyedSecretDetector({
  id: 'scaleway-secret-key',
  what: 'Scaleway API secret key',
  key: String.raw`scw${SEP}secret${SEP}key|scaleway${SEP}(?:api${SEP})?secret(?:${SEP}key)?`,
  names: 'SCW_SECRET_KEY, scaleway_secret_key',
  trigger: String.raw`(?i:scw[_.-]?secret|scaleway[_.-]?(?:api[_.-]?)?secret)`,
  value: uuidValue,
  contexts: ['SCW_SECRET_KEY={}', '"scalewaySecretKey": "{}"', 'SCW_SECRET_KEY: {}'],
  negatives: [`SCW_DEFAULT_PROJECT_ID=${uuidValue.sample('scw-project')}`],
});
