import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'gcp-oauth-client-secret',
  description: 'Google OAuth 2.0 client secret: GOCSPX- + 28 base64url characters, 35 in all',
  category: 'secret',
  keywords: ['GOCSPX-'],
  // Base64url may end in `-` or `_`, where \b fails: the character after the secret is consumed instead.
  pattern: String.raw`${TOKEN_START}(?P<secret>GOCSPX-[A-Za-z0-9_-]{28})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => !looksFake(secret.slice(7)),
  samples: {
    positive: [
      `GOCSPX-${fake('gcp-oauth-1', 28, BASE64URL)}`,
      `{"web":{"client_id":"1234-abc.apps.googleusercontent.com","client_secret":"GOCSPX-${fake('gcp-oauth-2', 28, BASE64URL)}"}}`,
      `GOOGLE_CLIENT_SECRET=GOCSPX-${fake('gcp-oauth-3', 28, BASE64URL)}`,
    ],
    negative: [
      'GOCSPX-' + 'x'.repeat(28),
      `GOCSPX-${fake('gcp-oauth-short', 20, BASE64URL)}`,
      `GOCSPX-${fake('gcp-oauth-long', 40, BASE64URL)}`,
      'GOOGLE_CLIENT_SECRET=GOCSPX-<your-client-secret>',
    ],
  },
});
