import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

/**
 * Netlify authentication tokens issued since late 2023 are 40 characters: `nf` + a type letter + `_` + 36 characters.
 * Types: `nfp` personal access token, `nfc` CLI, `nfo` OAuth, `nfu` app.netlify.com session, `nfb` build.
 */
const token = (type: string, seed: string): string => `nf${type}_${fake(seed, 36)}`;

export default defineDetector({
  id: 'netlify-access-token',
  description:
    'Netlify access token (current format): nfp_ (personal), nfc_ (CLI), nfo_ (OAuth), nfu_ (app) or nfb_ (build) + ' +
    '36 characters, 40 in all',
  category: 'secret',
  keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>nf[pcoub]_[A-Za-z0-9_-]{36})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => !looksFake(secret.slice(4)),
  samples: {
    positive: [
      token('p', 'netlify-1'),
      `NETLIFY_AUTH_TOKEN=${token('c', 'netlify-2')}`,
      `curl -H "Authorization: Bearer ${token('o', 'netlify-3')}" https://api.netlify.com/api/v1/sites`,
    ],
    negative: [
      `nfp_${'x'.repeat(36)}`,
      `nfp_${fake('netlify-short', 20)}`,
      `nfx_${fake('netlify-type', 36)}`,
      `nfp_${fake('netlify-long', 50)}`,
      'NETLIFY_AUTH_TOKEN=${NETLIFY_AUTH_TOKEN}',
    ],
  },
});
