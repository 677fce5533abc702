import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/** Auth tokens issued before the sntrys_/sntryu_ prefixes are 64 hex characters (a sha256 shape): context only. */
const KEY = String.raw`(?i:sentry${SEP}(?:auth${SEP}|api${SEP}|access${SEP}|user${SEP})?token)`;

export default defineDetector({
  id: 'sentry-legacy-auth-token',
  description: 'Sentry auth token of the older, unprefixed form (64 hex characters) after SENTRY_AUTH_TOKEN, sentryToken',
  category: 'secret',
  keywords: ['sentry'],
  pattern: keyedValue(KEY, '[0-9a-f]{64}', '[^0-9A-Za-z]'),
  validate: (secret) => !looksFake(secret),
  priority: 25,
  samples: {
    positive: [`SENTRY_AUTH_TOKEN=${fake('sentry-legacy-1', 64, HEX)}`, `"sentryToken": "${fake('sentry-legacy-2', 64, HEX)}"`],
    negative: [
      `sha256=${fake('sentry-legacy-sha', 64, HEX)}`,
      `SENTRY_AUTH_TOKEN=${fake('sentry-legacy-short', 40, HEX)}`,
      'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}',
      'SENTRY_AUTH_TOKEN=' + '0'.repeat(64),
      `sentry_release=${fake('sentry-legacy-release', 64, HEX)}`,
    ],
  },
});
