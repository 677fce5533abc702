import { defineDetector } from '../../src/engine/detector.js';
import { githubChecksum, withGithubChecksum } from '../../src/validators/github-checksum.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

const valid = (seed: string): string => 'ghp_' + withGithubChecksum(fake(seed, 30));
const first = valid('github-pat-1');
/** Same body, last checksum character changed: shaped right, fails CRC32. */
const badChecksum = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');

export default defineDetector({
  id: 'github-pat',
  description:
    'GitHub personal access token (classic): ghp_ + 36 base62 characters whose last 6 are the base62 CRC32 of the first 30',
  category: 'secret',
  keywords: ['ghp_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>ghp_[0-9A-Za-z]{36})\b`,
  validate: githubChecksum,
  samples: {
    positive: [first, valid('github-pat-2'), `GITHUB_TOKEN=${valid('github-pat-3')}`],
    negative: [
      badChecksum,
      'ghp_' + 'x'.repeat(36),
      'ghp_' + fake('github-pat-short', 20),
      `ghp_${withGithubChecksum(fake('github-pat-long', 30))}Zq9`,
      '${GITHUB_TOKEN}',
    ],
  },
});
