import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'rubygems-api-key',
  description: 'RubyGems.org API key: rubygems_ + 48 lowercase hex characters',
  category: 'secret',
  keywords: ['rubygems_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>rubygems_[0-9a-f]{48})\b`,
  validate: (secret) => !looksFake(secret.slice(9)),
  samples: {
    positive: [
      `rubygems_${fake('rubygems-1', 48, HEX)}`,
      `GEM_HOST_API_KEY=rubygems_${fake('rubygems-2', 48, HEX)}`,
      `---\n:rubygems_api_key: rubygems_${fake('rubygems-3', 48, HEX)}`,
    ],
    negative: [
      `rubygems_${'0'.repeat(48)}`,
      `rubygems_${fake('rubygems-short', 40, HEX)}`,
      `rubygems_${fake('rubygems-long', 64, HEX)}`,
      'rubygems_api_key: ${GEM_HOST_API_KEY}',
      `rubygems_${fake('rubygems-upper', 48, HEX).toUpperCase()}`,
    ],
  },
});
