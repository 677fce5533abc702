import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const token = (seed: string): string => `lin_oauth_${fake(seed, 64, HEX)}`;

export default defineDetector({
  id: 'linear-oauth-token',
  description: 'Linear OAuth access token: lin_oauth_ + 64 hex characters (40 to 64 alphanumeric accepted)',
  category: 'secret',
  keywords: ['lin_oauth_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>lin_oauth_[A-Za-z0-9]{40,64})\b`,
  validate: (secret) => randomAlnum(secret.slice(10)),
  samples: {
    positive: [token('linear-oauth-1'), `Authorization: Bearer ${token('linear-oauth-2')}`, `"access_token": "${token('linear-oauth-3')}"`],
    negative: ['lin_oauth_' + '0'.repeat(64), `lin_oauth_${fake('linear-oauth-short', 20, HEX)}`, 'lin_oauth_<token>', '${LINEAR_OAUTH_TOKEN}'],
  },
});
