import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * ngrok authtokens and API keys are about 27 + _ + 21 base62 characters: only found after an ngrok key name,
 * authtoken: (ngrok.yml) or `ngrok config add-authtoken`.
 */
export default keyedSecretDetector({
  id: 'ngrok-authtoken',
  what: 'ngrok authtoken or API key',
  key: String.raw`ngrok${SEP}(?:auth${SEP}?token|api${SEP}key|token)|authtoken`,
  names: 'NGROK_AUTHTOKEN, NGROK_API_KEY, authtoken: or ngrok config add-authtoken',
  keywords: ['ngrok', 'authtoken'],
  value: { pattern: '[0-9A-Za-z]{20,32}_[0-9A-Za-z]{16,28}', chars: '0-9A-Za-z_', name: '27 + _ + 21 base62 characters', sample: (seed) => `2${fake(seed, 26)}_${fake(`${seed}-b`, 21)}` },
  contexts: ['NGROK_AUTHTOKEN={}', 'ngrok config add-authtoken {}', 'authtoken: {}'],
  validate: (secret) => randomMixedCase(secret.replace('_', '')),
});
