import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM, ALNUM_LOWER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const key = (seed: string, env = 'live'): string => `pdl_${env}_apikey_${fake(`${seed}-a`, 26, ALNUM_LOWER)}_${fake(`${seed}-b`, 22, ALNUM)}_${fake(`${seed}-c`, 3, ALNUM)}`;

/** Paddle Billing API keys: `pdl_live_apikey_` or `pdl_sdbx_apikey_` (sandbox), then the key's random parts. */
export default bareTokenDetector({
  id: 'paddle-api-key',
  description: 'Paddle Billing API key: pdl_live_apikey_ or pdl_sdbx_apikey_ + 30 to 80 alphanumeric characters and _',
  keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
  token: 'pdl_(?:live|sdbx)_apikey_[0-9A-Za-z_]{30,80}',
  make: key,
  validate: (secret) => randomAlnum(secret.slice(16).replace(/_/g, '')),
  contexts: ['PADDLE_API_KEY={}', 'Authorization: Bearer {}', `PADDLE_SANDBOX_KEY=${key('paddle-sandbox', 'sdbx')}`],
  negatives: [
    `pdl_live_apikey_${'x'.repeat(40)}`, 'pdl_live_apikey_...', `pdl_live_apikey_${fake('paddle-short', 12, ALNUM_LOWER)}`],
});
