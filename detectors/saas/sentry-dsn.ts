import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { DIGITS, HEX, fake } from '../lib/sample.js';

/**
 * A DSN carries the project's key in the user part of the URL (`https://<key>@o123.ingest.sentry.io/456`, older
 * ones `<key>:<secret>@`). The key is redacted; host and project id stay readable. The host must name Sentry.
 */
const dsn = (seed: string, host = `o${fake(`${seed}-o`, 6, DIGITS)}.ingest.us.sentry.io`): string =>
  `https://${fake(seed, 32, HEX)}@${host}/${fake(`${seed}-p`, 7, DIGITS)}`;

export default defineDetector({
  id: 'sentry-dsn',
  description: 'Sentry DSN key: https://<32 hex>[:<32 hex>]@<host naming sentry>/<project id>; only the key part is redacted',
  category: 'secret',
  keywords: ['sentry'],
  pattern: String.raw`(?i:https?)://(?P<secret>[0-9a-f]{32}(?::[0-9a-f]{32})?)@[A-Za-z0-9.-]*(?i:sentry)[A-Za-z0-9.-]*(?::[0-9]{1,5})?/(?:[A-Za-z0-9_.-]+/)*[0-9]+\b`,
  validate: (secret) => !looksFake(secret.slice(0, 32)),
  samples: {
    positive: [dsn('sentry-dsn-1'), `SENTRY_DSN=${dsn('sentry-dsn-2', 'sentry.internal.example.com')}`, `"dsn": "https://${fake('sentry-dsn-3a', 32, HEX)}:${fake('sentry-dsn-3b', 32, HEX)}@sentry.io/${fake('sentry-dsn-3p', 6, DIGITS)}"`],
    negative: [
      'SENTRY_DSN=https://examplePublicKey@o0.ingest.sentry.io/0',
      `https://${fake('sentry-dsn-other', 32, HEX)}@api.example.com/${fake('sentry-dsn-op', 4, DIGITS)}`,
      'https://o123456.ingest.sentry.io/api/4505/envelope/',
      `https://${'0'.repeat(32)}@o1.ingest.sentry.io/1`,
      'SENTRY_DSN=${SENTRY_DSN}',
    ],
  },
});
