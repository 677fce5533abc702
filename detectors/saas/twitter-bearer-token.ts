import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * X (Twitter) app-only bearer tokens are URL-encoded base64 that opens with a run of `A` (encoded zero bytes:
 * 22 today) and is about 110 characters long, with `%2F`, `%2B` or `%3D` where base64 had `/`, `+` or `=`.
 * After the run the body must be random mixed case; the run alone (a base64 blob of zeros) is not a token.
 */
const token = (seed: string): string =>
  `${'A'.repeat(22)}${fake(`${seed}-a`, 18)}%2F${fake(`${seed}-b`, 24)}%3D${fake(`${seed}-c`, 40)}`;

export default bareTokenDetector({
  id: 'twitter-bearer-token',
  description: 'X (Twitter) app-only bearer token: 20+ A characters, then URL-encoded base64, 80 to 160 characters in all',
  keywords: ['AAAAAAAAAAAAAAAAAAAA'],
  token: String.raw`A{20,24}[A-Za-z0-9%]{60,140}`,
  chars: '0-9A-Za-z%+/=',
  make: token,
  contexts: ['TWITTER_BEARER_TOKEN={}', 'curl -H "Authorization: Bearer {}" https://api.x.com/2/tweets/search/recent'],
  validate: (secret) => secret.length <= 160 && randomMixedCase(secret.replace(/^A+/, '').replace(/%[0-9A-F]{2}/g, '')),
  negatives: [
    `${'A'.repeat(22)}${'x'.repeat(80)}`,
    'A'.repeat(120),
    `data:image/png;base64,iVBORw0KGgo${'A'.repeat(30)}${fake('twitter-png', 60, ALNUM + '+/')}==`,
    `${'A'.repeat(22)}${fake('twitter-short', 20)}`,
  ],
});
