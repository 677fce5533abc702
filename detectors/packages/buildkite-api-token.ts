import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'buildkite-api-token',
  description: 'Buildkite user API access token: bkua_ + 40 lowercase hex characters',
  category: 'secret',
  keywords: ['bkua_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>bkua_[0-9a-f]{40})\b`,
  validate: (secret) => !looksFake(secret.slice(5)),
  samples: {
    positive: [
      `bkua_${fake('buildkite-1', 40, HEX)}`,
      `BUILDKITE_API_TOKEN=bkua_${fake('buildkite-2', 40, HEX)}`,
      `curl -H "Authorization: Bearer bkua_${fake('buildkite-3', 40, HEX)}" https://api.buildkite.com/v2/user`,
    ],
    negative: [
      `bkua_${'0'.repeat(40)}`,
      `bkua_${fake('buildkite-short', 32, HEX)}`,
      `bkua_${fake('buildkite-long', 64, HEX)}`,
      'BUILDKITE_API_TOKEN=${BUILDKITE_API_TOKEN}',
    ],
  },
});
