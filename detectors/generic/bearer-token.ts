import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder, looksFake } from '../lib/checks.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';

/** A bearer credential has some variety: at least two of lower, upper, digit and symbol, and no filler. */
function plausibleToken(secret: string): boolean {
  const token = secret.replace(/=+$/, '');
  // An identifier (`aws_secret_access_key`, `GITHUB_TOKEN`, `text-embedding-large`) names a value, it is not one.
  if (/^[a-z]+(?:[_.-][a-z]+)+$/.test(token) || /^[A-Z]+(?:_[A-Z]+)+$/.test(token)) return false;
  return classes(token).count >= 2 && !isPlaceholder(token) && !looksFake(token);
}

export default defineDetector({
  id: 'bearer-token',
  description:
    'Token after the Bearer scheme (Authorization headers, curl commands, HTTP dumps): 16 or more token68 characters; ' +
    'placeholders such as ${TOKEN}, <token> and YOUR_ACCESS_TOKEN are skipped',
  category: 'secret',
  keywords: ['bearer'],
  pattern: String.raw`(?i:bearer)[ \t]+(?P<secret>[A-Za-z0-9._~+/-]{16,}=*)`,
  validate: plausibleToken,
  priority: 10,
  samples: {
    positive: [
      `Authorization: Bearer ${fake('bearer-1', 40, BASE64URL)}`,
      `curl -H "authorization: bearer ${fake('bearer-2', 32)}" https://api.example.com/v1/me`,
      `Bearer ${fake('bearer-3a', 8)}.${fake('bearer-3b', 24, BASE64URL)}`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      'Authorization: Bearer ${OPENAI_API_KEY}',
      'Authorization: Bearer <token>',
      'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
      'Bearer xxxxxxxxxxxxxxxxxxxxxxxx',
      'bearer token required',
      '"token_type":"Bearer","expires_in":3600',
      'Bearer undefined',
      'Bearer abcdefghijklmnopqrstuvwxyz',
    ],
  },
});
