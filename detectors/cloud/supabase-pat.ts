import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'supabase-pat',
  description:
    'Supabase Management API personal access token: sbp_ + 40 lowercase hex characters (sbp_oauth_ + 40 hex for ' +
    'OAuth access tokens)',
  category: 'secret',
  keywords: ['sbp_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sbp_(?:oauth_)?[0-9a-f]{40})\b`,
  validate: (secret) => !looksFake(secret.slice(-40)),
  samples: {
    positive: [
      `sbp_${fake('supabase-pat-1', 40, HEX)}`,
      `SUPABASE_ACCESS_TOKEN=sbp_${fake('supabase-pat-2', 40, HEX)}`,
      `Authorization: Bearer sbp_oauth_${fake('supabase-pat-3', 40, HEX)}`,
    ],
    negative: [
      `sbp_${'0'.repeat(40)}`,
      `sbp_${fake('supabase-pat-short', 32, HEX)}`,
      `sbp_${fake('supabase-pat-upper', 40, HEX).toUpperCase()}`,
      'SUPABASE_ACCESS_TOKEN=${SUPABASE_ACCESS_TOKEN}',
    ],
  },
});
