import { defineDetector } from '../../src/engine/detector.js';
import { githubChecksum, withGithubChecksum } from '../../src/validators/github-checksum.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, DIGITS, fake } from '../lib/sample.js';

const valid = (seed: string): string => 'ghu_' + withGithubChecksum(fake(seed, 30));
const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
/**
 * GitHub moves installation tokens (ghs_) to a stateless ghs_<app id>_<JWT> form from April 2026 and has announced
 * the same change for user-to-server tokens later; ghu_ accepts that shape in advance.
 */
const stateless = (seed: string): string =>
  `ghu_${fake(`${seed}-app`, 6, DIGITS)}_${part({ typ: 'JWT', alg: 'RS256' })}.` +
  `${fake(`${seed}-claims`, 380, BASE64URL)}.${fake(`${seed}-sig`, 86, BASE64URL)}`;

/** Classic tokens carry a CRC32 checksum; the stateless form is a JWT whose header must decode to JSON. */
function validToken(secret: string): boolean {
  if (secret.length === 40) return githubChecksum(secret);
  const jwt = secret.slice(secret.indexOf('_', 4) + 1);
  try {
    const header: unknown = JSON.parse(Buffer.from(jwt.slice(0, jwt.indexOf('.')), 'base64url').toString('utf8'));
    return header !== null && typeof header === 'object';
  } catch {
    return false;
  }
}

const first = valid('github-user-to-server-1');
/** Same body, last checksum character changed: shaped right, fails CRC32. */
const badChecksum = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');

export default defineDetector({
  id: 'github-user-to-server',
  description:
    'GitHub App user-to-server token: ghu_ + 36 base62 characters whose last 6 are the ' +
    'base62 CRC32 of the first 30, or the stateless form ghu_<app id>_<JWT> (about 520 characters)',
  category: 'secret',
  keywords: ['ghu_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>ghu_(?:[0-9A-Za-z]{36}\b|[0-9]{1,12}_eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}))`,
  validate: validToken,
  samples: {
    positive: [
      first,
      valid('github-user-to-server-2'),
      stateless('github-user-to-server-3'),
      `token=${valid('github-user-to-server-3')}`,
    ],
    negative: [
      badChecksum,
      'ghu_' + 'x'.repeat(36),
      'ghu_' + fake('github-user-to-server-short', 20),
      `ghu_${withGithubChecksum(fake('github-user-to-server-long', 30))}Zq9`,
      '${GITHUB_TOKEN}',
      'ghu_12345_eyJxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
