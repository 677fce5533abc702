import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { BASE64, DIGITS, HEX, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Backblaze B2 application keys are K + 3 digits + 27 base64 characters: only found after a B2 key name (the
 * key id beside it is not secret).
 */
export default keyedSecretDetector({
  id: 'backblaze-application-key',
  what: 'Backblaze B2 application key',
  key: String.raw`b2${SEP}(?:application${SEP}|app${SEP})?key|backblaze${SEP}(?:b2${SEP})?(?:application${SEP}|app${SEP})?key`,
  names: 'B2_APPLICATION_KEY, BACKBLAZE_APP_KEY',
  trigger: String.raw`(?i:b2[_.-]?(?:application[_.-]?|app[_.-]?)key|backblaze)`,
  value: { pattern: 'K[0-9]{3}[A-Za-z0-9+/]{27}', chars: '0-9A-Za-z+/', name: 'K + 3 digits + 27 base64 characters', sample: (seed) => `K00${fake(seed, 1, DIGITS)}${fake(`${seed}-b`, 27, BASE64)}` },
  contexts: ['B2_APPLICATION_KEY={}', '"backblazeAppKey": "{}"'],
  negatives: [`B2_APPLICATION_KEY_ID=00${fake('b2-id', 23, HEX)}`],
  validate: (secret) => randomMixedCase(secret.slice(4)),
});
