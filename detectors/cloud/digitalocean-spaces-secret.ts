import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { ALNUM_UPPER, BASE64, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * DigitalOcean Spaces secret keys are 43 base64 characters (the access key, DO00…, is an id): only found after
 * a Spaces key name.
 */
export default keyedSecretDetector({
  id: 'digitalocean-spaces-secret',
  what: 'DigitalOcean Spaces secret access key',
  key: String.raw`(?:do${SEP}|digitalocean${SEP})?spaces${SEP}(?:secret(?:${SEP}access)?(?:${SEP}key)?|access${SEP}secret)`,
  names: 'SPACES_SECRET_ACCESS_KEY, DO_SPACES_SECRET, spacesSecret',
  trigger: String.raw`(?i:spaces[_.-]?(?:secret|access[_.-]?secret))`,
  value: { pattern: '[A-Za-z0-9+/]{43}', chars: '0-9A-Za-z+/=', name: '43 base64 characters', sample: (seed) => fake(seed, 43, BASE64) },
  contexts: ['SPACES_SECRET_ACCESS_KEY={}', 'DO_SPACES_SECRET: {}'],
  negatives: [`SPACES_ACCESS_KEY_ID=DO00${fake('spaces-id', 16, ALNUM_UPPER)}`],
  validate: randomMixedCase,
});
