import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Auth0 application client secrets are 64 base64url characters with no prefix: only found after an Auth0 key name. */
const KEY = String.raw`(?i:auth0${SEP}(?:app${SEP}|m2m${SEP}|mgmt${SEP}|management${SEP})?(?:client${SEP})?secret)`;

export default defineDetector({
  id: 'auth0-client-secret',
  description: 'Auth0 application client secret (64 base64url characters) after AUTH0_CLIENT_SECRET, auth0ClientSecret',
  category: 'secret',
  keywords: ['auth0'],
  pattern: keyedValue(KEY, '[A-Za-z0-9_-]{48,90}', '[^A-Za-z0-9_-]'),
  validate: randomMixedCase,
  priority: 25,
  samples: {
    positive: [`AUTH0_CLIENT_SECRET=${fake('auth0-1', 64, BASE64URL)}`, `"auth0ClientSecret": "${fake('auth0-2', 64, BASE64URL)}"`, `AUTH0_SECRET='${fake('auth0-3', 64, BASE64URL)}'`],
    negative: [
      `AUTH0_CLIENT_ID=${fake('auth0-id', 32)}`,
      'AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}',
      `AUTH0_CLIENT_SECRET=${fake('auth0-short', 24, BASE64URL)}`,
      'AUTH0_CLIENT_SECRET=' + 'x'.repeat(64),
      'AUTH0_CLIENT_SECRET=<your-client-secret>',
    ],
  },
});
