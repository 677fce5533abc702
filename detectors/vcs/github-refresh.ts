import { defineDetector } from '../../src/engine/detector.js';
import { githubChecksum, withGithubChecksum } from '../../src/validators/github-checksum.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

const valid = (seed: string): string => 'ghr_' + withGithubChecksum(fake(seed, 30));
const first = valid('github-refresh-1');
/** Same body, last checksum character changed: shaped right, fails CRC32. */
const badChecksum = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');

export default defineDetector({
  id: 'github-refresh',
  description:
    'GitHub App refresh token: ghr_ + 36 base62 characters whose last 6 are the base62 CRC32 of the first 30',
  category: 'secret',
  keywords: ['ghr_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>ghr_[0-9A-Za-z]{36})\b`,
  validate: githubChecksum,
  samples: {
    positive: [first, valid('github-refresh-2'), `refresh_token=${valid('github-refresh-3')}`],
    negative: [
      badChecksum,
      'ghr_' + 'x'.repeat(36),
      'ghr_' + fake('github-refresh-short', 20),
      `ghr_${withGithubChecksum(fake('github-refresh-long', 30))}Zq9`,
      '${GITHUB_TOKEN}',
    ],
  },
});
