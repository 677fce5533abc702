import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START_NO_DASH } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

const key = (seed: string): string => `key-${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'mailgun-api-key',
  description: 'Mailgun private API key, legacy form: key- + 32 lower-case hex characters',
  category: 'secret',
  trigger: 'key-[0-9a-f]{8}',
  pattern: String.raw`${TOKEN_START_NO_DASH}(?P<secret>key-[0-9a-f]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(4)),
  samples: {
    positive: [key('mailgun-1'), `MAILGUN_API_KEY=${key('mailgun-2')}`, `curl -s --user 'api:${key('mailgun-3')}' https://api.mailgun.net/v3/domains`],
    negative: [
      `pubkey-${fake('mailgun-pub', 32, HEX)}`,
      `cache-key-${fake('mailgun-cache', 32, HEX)}`,
      'key-' + '0'.repeat(32),
      `key-${fake('mailgun-short', 20, HEX)}`,
      'MAILGUN_API_KEY=key-...',
    ],
  },
});
