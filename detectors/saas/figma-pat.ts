import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const token = (seed: string): string => `figd_${fake(seed, 40, BASE64URL)}`;

export default defineDetector({
  id: 'figma-pat',
  description: 'Figma personal access token: figd_ + about 40 base64url characters (32 to 64 accepted)',
  category: 'secret',
  keywords: ['figd_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>figd_[A-Za-z0-9_-]{32,64})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => randomMixedCase(secret.slice(5)),
  samples: {
    positive: [token('figma-1'), `FIGMA_ACCESS_TOKEN=${token('figma-2')}`, `"X-Figma-Token": "${token('figma-3')}"`],
    negative: ['figd_' + 'x'.repeat(40), `figd_${fake('figma-short', 16, BASE64URL)}`, 'figd_<your-token>', '${FIGMA_ACCESS_TOKEN}'],
  },
});
