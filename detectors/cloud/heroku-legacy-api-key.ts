import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { ASSIGN } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * Heroku API keys and OAuth tokens issued before 2024 are UUIDs, which logs are full of, so they are only recognised
 * after a Heroku key name (HEROKU_API_KEY, heroku_api_token, herokuToken, HEROKU_OAUTH_TOKEN) or as the password of
 * the api.heroku.com entry of a .netrc file.
 */
const KEY = String.raw`(?i:heroku[_-]?(?:api[_-]?|oauth[_-]?|auth[_-]?|access[_-]?)?(?:key|token|secret))`;
/** Whitespace between .netrc tokens, real or JSON-escaped (`\n` as backslash + n). */
const GAP = String.raw`(?:\s|\\+[nrt])+`;
const NETRC = String.raw`(?i:api\.heroku\.com)${GAP}login${GAP}[^\s\\]+${GAP}password`;
const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

const uuid = (seed: string): string => {
  const hex = fake(seed, 32, HEX);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export default defineDetector({
  id: 'heroku-legacy-api-key',
  description:
    'Heroku API key / OAuth token in the legacy UUID format, after HEROKU_API_KEY, heroku_api_token, herokuToken or ' +
    'as the api.heroku.com password in a .netrc',
  category: 'secret',
  keywords: ['heroku'],
  pattern: String.raw`(?:${KEY}(?:${ASSIGN}|[ \t]+)|${NETRC}[ \t]+)(?P<secret>${UUID})\b`,
  validate: (secret) => !looksFake(secret.replace(/-/g, '')),
  priority: 30,
  samples: {
    positive: [
      `HEROKU_API_KEY=${uuid('heroku-legacy-1')}`,
      `heroku_api_key = "${uuid('heroku-legacy-2')}"`,
      `machine api.heroku.com\n  login ci@acme.dev\n  password ${uuid('heroku-legacy-3')}`,
      `"herokuToken": "${uuid('heroku-legacy-4').toUpperCase()}"`,
    ],
    negative: [
      `request_id=${uuid('heroku-legacy-n1')}`,
      'HEROKU_API_KEY=12345678-ABCD-ABCD-ABCD-1234567890AB',
      'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000',
      'HEROKU_API_KEY=${HEROKU_API_KEY}',
      `heroku_app_id: ${uuid('heroku-legacy-n2')}`,
    ],
  },
});
