import { defineDetector } from '../../src/engine/detector.js';
import { decodeBase64 } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * Intercom access tokens are base64 of `tok:<id>:<n>:<n>`, so they start with dG9rO and a sixth character from g
 * to v (`tok:` then the high bits of the next byte: dG9rOj before a digit, dG9rOm before a-f). The validator
 * decodes them and checks the text.
 */
const token = (seed: string): string => {
  const id = [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('_');
  return Buffer.from(`tok:${id}:1:0`).toString('base64');
};

export default defineDetector({
  id: 'intercom-access-token',
  description: 'Intercom access token: base64 of tok:<id>:…, so dG9rO + 40 or more base64 characters (decoded and checked)',
  category: 'secret',
  keywords: ['dG9rO'],
  pattern: String.raw`${TOKEN_START}(?P<secret>dG9rO[g-v][A-Za-z0-9+/]{40,200}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  validate: (secret) => {
    const text = decodeBase64(secret, false)?.toString('latin1') ?? '';
    return /^tok:[\x21-\x7e]{30,}$/.test(text) && !/x{6}|0{8}/i.test(text);
  },
  samples: {
    positive: [token('intercom-1'), `INTERCOM_ACCESS_TOKEN=${token('intercom-2')}`, `Authorization: Bearer ${token('intercom-3')}`],
    negative: [
      Buffer.from('tok:short').toString('base64'),
      Buffer.from(`tok:${'x'.repeat(40)}`).toString('base64'),
      Buffer.from(`token: ${fake('intercom-text', 40)} and more text`).toString('base64'),
      'INTERCOM_ACCESS_TOKEN=${INTERCOM_ACCESS_TOKEN}',
    ],
  },
});
