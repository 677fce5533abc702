import { defineDetector } from '../../src/engine/detector.js';
import { decodeBase64, looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { DIGITS, fake } from '../lib/sample.js';

/**
 * A JFrog reference token is the base64 of `reftkn:01:<expiry>:<random>`, so it starts `cmVmdGtu` (`reftkn`); the
 * validator decodes it and checks the `reftkn:` header.
 */
function reference(secret: string): boolean {
  const decoded = decodeBase64(secret, false);
  if (decoded === undefined) return false;
  const text = decoded.toString('latin1');
  return /^reftkn:[0-9]{2}:/.test(text) && !looksFake(text.slice(text.lastIndexOf(':') + 1));
}

const token = (seed: string): string =>
  Buffer.from(`reftkn:01:${fake(`${seed}-exp`, 10, DIGITS)}:${fake(seed, 27)}`).toString('base64');

export default defineDetector({
  id: 'jfrog-reference-token',
  description:
    'JFrog reference token: base64 of reftkn:<version>:<expiry>:<random> (starts cmVmdGtu), decoded and checked',
  category: 'secret',
  keywords: ['cmVmdGtu'],
  pattern: String.raw`${TOKEN_START}(?P<secret>cmVmdGtu[A-Za-z0-9+/]{40,120}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  validate: reference,
  samples: {
    positive: [
      token('jfrog-ref-1'),
      `JFROG_ACCESS_TOKEN=${token('jfrog-ref-2')}`,
      `curl -H "Authorization: Bearer ${token('jfrog-ref-3')}" https://acme.jfrog.io/artifactory/api/system/ping`,
    ],
    negative: [
      Buffer.from(`reftkn:01:${fake('jfrog-ref-n1', 10, DIGITS)}:${'x'.repeat(27)}`).toString('base64'),
      Buffer.from(`refresh:${fake('jfrog-ref-n2', 50)}`).toString('base64'),
      `cmVmdGtu${'X'.repeat(56)}`,
      'JFROG_ACCESS_TOKEN=${JFROG_ACCESS_TOKEN}',
    ],
  },
});
