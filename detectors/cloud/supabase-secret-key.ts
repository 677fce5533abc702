import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

/**
 * Supabase secret API key (the 2025 replacement of the service_role JWT): `sb_secret_` + a base64url body. It
 * bypasses Row Level Security. (`sb_publishable_` keys are meant to be public and are left alone.)
 */
export default defineDetector({
  id: 'supabase-secret-key',
  description: 'Supabase secret API key: sb_secret_ + 20 or more base64url characters',
  category: 'secret',
  keywords: ['sb_secret_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sb_secret_[A-Za-z0-9_-]{20,})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => !looksFake(secret.slice(10)),
  samples: {
    positive: [
      `sb_secret_${fake('supabase-secret-1', 22, BASE64URL)}_${fake('supabase-secret-1b', 8, BASE64URL)}`,
      `SUPABASE_SECRET_KEY=sb_secret_${fake('supabase-secret-2', 31, BASE64URL)}`,
      `apikey: sb_secret_${fake('supabase-secret-3', 31, BASE64URL)}`,
    ],
    negative: [
      'SUPABASE_SECRET_KEY=sb_secret_...',
      `sb_publishable_${fake('supabase-pub', 31, BASE64URL)}`,
      `sb_secret_${'x'.repeat(31)}`,
      `sb_secret_${fake('supabase-secret-short', 10, BASE64URL)}`,
      'SUPABASE_SECRET_KEY=${SUPABASE_SECRET_KEY}',
    ],
  },
});
