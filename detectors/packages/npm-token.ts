import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

export default defineDetector({
  id: 'npm-token',
  description: 'npm access token (granular or classic, new format): npm_ + 36 base62 characters',
  category: 'secret',
  keywords: ['npm_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>npm_[0-9A-Za-z]{36})\b`,
  validate: (secret) => !looksFake(secret.slice(4)),
  samples: {
    positive: [
      `npm_${fake('npm-1', 36)}`,
      `//registry.npmjs.org/:_authToken=npm_${fake('npm-2', 36)}`,
      `NPM_TOKEN=npm_${fake('npm-3', 36)}`,
    ],
    negative: [
      'npm_' + 'x'.repeat(36),
      `npm_${fake('npm-short', 20)}`,
      `npm_${fake('npm-long', 40)}`,
      'npm_config_registry=https://registry.npmjs.org/',
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
    ],
  },
});
