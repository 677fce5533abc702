import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

export default defineDetector({
  id: 'render-api-key',
  description: 'Render (render.com) API key: rnd_ + 24 to 48 base62 characters',
  category: 'secret',
  keywords: ['rnd_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>rnd_[A-Za-z0-9]{24,48})\b`,
  validate: (secret) => !looksFake(secret.slice(4)),
  samples: {
    positive: [
      `rnd_${fake('render-1', 32)}`,
      `RENDER_API_KEY=rnd_${fake('render-2', 32)}`,
      `curl -H "Authorization: Bearer rnd_${fake('render-3', 28)}" https://api.render.com/v1/services`,
    ],
    negative: [
      `rnd_${'x'.repeat(32)}`,
      `rnd_${fake('render-short', 12)}`,
      'rnd_seed_value',
      `rand_${fake('render-rand', 32)}`,
      'RENDER_API_KEY=${RENDER_API_KEY}',
    ],
  },
});
