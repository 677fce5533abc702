import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const token = (seed: string, length = 138): string => `sl.${fake(seed, length, BASE64URL)}`;

export default defineDetector({
  id: 'dropbox-short-lived-token',
  description: 'Dropbox short-lived access token: sl. (or sl.u.) + 120 or more base64url characters',
  category: 'secret',
  trigger: String.raw`sl\.(?:[A-Za-z]\.)?[A-Za-z0-9_-]{40}`,
  pattern: String.raw`${TOKEN_START}(?P<secret>sl\.(?:[A-Za-z]\.)?[A-Za-z0-9_-]{120,1000})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => randomMixedCase(secret.replace(/^sl\.(?:[A-Za-z]\.)?/, '')),
  samples: {
    positive: [token('dropbox-sl-1'), `DROPBOX_ACCESS_TOKEN=sl.u.${fake('dropbox-sl-2', 300, BASE64URL)}`, `Authorization: Bearer ${token('dropbox-sl-3')}`],
    negative: [
      `sl.${fake('dropbox-sl-short', 40, BASE64URL)}`,
      'https://ssl.example.com/path',
      `sl.${'x'.repeat(140)}`,
      '${DROPBOX_ACCESS_TOKEN}',
    ],
  },
});
