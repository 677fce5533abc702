import { defineDetector } from '../../src/engine/detector.js';
import { githubChecksum, withGithubChecksum } from '../../src/validators/github-checksum.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

const valid = (seed: string): string => 'gho_' + withGithubChecksum(fake(seed, 30));
const first = valid('github-oauth-1');
/** Same body, last checksum character changed: shaped right, fails CRC32. */
const badChecksum = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');

export default defineDetector({
  id: 'github-oauth',
  description:
    'GitHub OAuth access token: gho_ + 36 base62 characters whose last 6 are the base62 CRC32 of the first 30',
  category: 'secret',
  keywords: ['gho_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>gho_[0-9A-Za-z]{36})\b`,
  validate: githubChecksum,
  samples: {
    positive: [first, valid('github-oauth-2'), `access_token=${valid('github-oauth-3')}`],
    negative: [
      badChecksum,
      'gho_' + 'x'.repeat(36),
      'gho_' + fake('github-oauth-short', 20),
      `gho_${withGithubChecksum(fake('github-oauth-long', 30))}Zq9`,
      '${GITHUB_TOKEN}',
    ],
  },
});
