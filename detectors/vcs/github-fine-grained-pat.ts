import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

const token = (seed: string): string => `github_pat_${fake(`${seed}-a`, 22)}_${fake(`${seed}-b`, 59)}`;

export default defineDetector({
  id: 'github-fine-grained-pat',
  description: 'GitHub fine-grained personal access token: github_pat_ + 22 base62 + _ + 59 base62 characters',
  category: 'secret',
  keywords: ['github_pat_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59})\b`,
  validate: (secret) => !looksFake(secret.slice('github_pat_'.length)),
  samples: {
    positive: [
      token('gh-fg-1'),
      `GH_TOKEN=${token('gh-fg-2')}`,
      `git clone https://x:${token('gh-fg-3')}@github.com/o/r`,
    ],
    negative: [
      `github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`,
      `github_pat_${fake('gh-fg-short', 22)}_${fake('gh-fg-short-b', 40)}`,
      `github_pat_${fake('gh-fg-nounder', 82)}`,
      'github_pat_<your-token>',
      '${GH_FINE_GRAINED_TOKEN}',
    ],
  },
});
