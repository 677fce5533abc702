import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM_LOWER, HEX, fake } from '../lib/sample.js';

const token = (seed: string, environment = 'production'): string =>
  `access_token$${environment}$${fake(`${seed}-merchant`, 16, ALNUM_LOWER)}$${fake(`${seed}-secret`, 32, HEX)}`;

export default defineDetector({
  id: 'braintree-access-token',
  description:
    'Braintree (PayPal) access token: access_token$production$ or $sandbox$ + 16-character merchant id + $ + 32 hex characters',
  category: 'secret',
  keywords: ['access_token$'],
  pattern: String.raw`${TOKEN_START}(?P<secret>access_token\$(?:production|sandbox|development|qa)\$[0-9a-z]{16}\$[0-9a-f]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(secret.lastIndexOf('$') + 1)),
  samples: {
    positive: [token('braintree-1'), `BRAINTREE_ACCESS_TOKEN=${token('braintree-2')}`, token('braintree-3', 'sandbox')],
    negative: [
      'access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `access_token$production$${fake('braintree-short', 16, ALNUM_LOWER)}$${fake('braintree-short-2', 20, HEX)}`,
      'access_token=${BRAINTREE_ACCESS_TOKEN}',
      '$access_token$production$',
    ],
  },
});
