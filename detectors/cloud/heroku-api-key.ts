import { defineDetector } from '../../src/engine/detector.js';
import { plausibleEncoded } from '../lib/encoded.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

/** Heroku API keys and OAuth tokens issued since 2024: `HRKU-` + 60 base64url characters (the body starts `AA`). */
const key = (seed: string): string => `HRKU-AA${fake(seed, 58, BASE64URL)}`;

export default defineDetector({
  id: 'heroku-api-key',
  description: 'Heroku API key / OAuth token (current format): HRKU- + 60 base64url characters',
  category: 'secret',
  keywords: ['HRKU-'],
  // Base64url may end in `-` or `_`, where \b fails: the character after the key is consumed instead.
  pattern: String.raw`${TOKEN_START}(?P<secret>HRKU-[A-Za-z0-9_-]{60})(?:[^A-Za-z0-9_-]|$)`,
  // The body encodes binary data (runs such as `_____` occur), so repeated characters alone do not mark a fake.
  validate: (secret) => plausibleEncoded(secret.slice(5)),
  samples: {
    positive: [
      key('heroku-1'),
      `HEROKU_API_KEY=${key('heroku-2')}`,
      `machine api.heroku.com\n  login ci@acme.dev\n  password ${key('heroku-3')}`,
      `HRKU-AA${fake('heroku-4a', 40, BASE64URL)}______${fake('heroku-4b', 12, BASE64URL)}`,
    ],
    negative: [
      'HRKU-' + 'x'.repeat(60),
      `HRKU-${fake('heroku-short', 40, BASE64URL)}`,
      `HRKU-${fake('heroku-long', 70, BASE64URL)}`,
      'HEROKU_API_KEY=HRKU-<your-api-key>',
      'HEROKU_API_KEY=${HEROKU_API_KEY}',
    ],
  },
});
