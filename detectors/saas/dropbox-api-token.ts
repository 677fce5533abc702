import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { ALNUM_LOWER, BASE64URL, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * Long-lived access tokens (11 characters + AAAAAAAAAA + 43), refresh tokens and app secrets have no prefix:
 * only found after a Dropbox key name. Short-lived sl. tokens have their own detector.
 */
const KEY = String.raw`(?i:dropbox${SEP}(?:api${SEP}|access${SEP}|refresh${SEP}|app${SEP}|oauth2?${SEP}|client${SEP})*(?:token|key|secret))`;

export default defineDetector({
  id: 'dropbox-api-token',
  description: 'Dropbox long-lived or refresh token or app secret after DROPBOX_ACCESS_TOKEN, DROPBOX_REFRESH_TOKEN, DROPBOX_APP_SECRET',
  category: 'secret',
  keywords: ['dropbox'],
  pattern: keyedValue(KEY, '[A-Za-z0-9_-]{15,200}', '[^A-Za-z0-9_.-]'),
  validate: (secret) => randomAlnum(secret.replace(/A{10}/, '')),
  priority: 20,
  samples: {
    positive: [
      `DROPBOX_ACCESS_TOKEN=${fake('dropbox-ll-1', 11)}AAAAAAAAAA${fake('dropbox-ll-1b', 43, BASE64URL)}`,
      `DROPBOX_APP_SECRET=${fake('dropbox-secret', 15, ALNUM_LOWER)}`,
      `"dropboxRefreshToken": "${fake('dropbox-refresh', 64, BASE64URL)}"`,
    ],
    negative: [
      'DROPBOX_ACCESS_TOKEN=${DROPBOX_ACCESS_TOKEN}',
      'DROPBOX_APP_KEY=your_app_key_here',
      `DROPBOX_ACCESS_TOKEN=${fake('dropbox-short', 8)}`,
      'DROPBOX_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `DROPBOX_ACCESS_TOKEN=sl.${fake('dropbox-sl', 140, BASE64URL)}`,
    ],
  },
});
