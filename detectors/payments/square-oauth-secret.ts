import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const secret = (seed: string): string => `sq0csp-${fake(seed, 43, BASE64URL)}`;

export default defineDetector({
  id: 'square-oauth-secret',
  description: 'Square OAuth application secret: sq0csp- + 43 base64url characters',
  category: 'secret',
  keywords: ['sq0csp-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sq0csp-[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
  validate: (value) => randomAlnum(value.slice(7)),
  samples: {
    positive: [secret('square-oauth-1'), `SQUARE_APPLICATION_SECRET=${secret('square-oauth-2')}`, `"client_secret": "${secret('square-oauth-3')}"`],
    negative: ['sq0csp-' + 'x'.repeat(43), `sq0csp-${fake('square-oauth-short', 20, BASE64URL)}`, `sq0idp-${fake('square-oauth-id', 22, BASE64URL)}`, '${SQUARE_APPLICATION_SECRET}'],
  },
});
