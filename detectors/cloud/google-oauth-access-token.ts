import { formatTokenDetector } from '../lib/format-token.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Google OAuth 2.0 access tokens start with ya29. and a long base64url body (usually 150+ characters). */
const token = (seed: string, length = 160): string => `ya29.a0${fake(seed, length, BASE64URL)}`;

export default formatTokenDetector({
  id: 'google-oauth-access-token',
  description: 'Google OAuth 2.0 access token: ya29. + 30 or more base64url characters (found bare)',
  keywords: ['ya29.'],
  token: 'ya29\\.[A-Za-z0-9_-]{30,}',
  sample: token,
  contexts: ['curl -H "Authorization: Bearer {}" https://www.googleapis.com/drive/v3/files', '{"access_token":"{}","expires_in":3599,"token_type":"Bearer"}', 'GOOGLE_OAUTH_ACCESS_TOKEN={}'],
  negatives: ['ya29.' + 'x'.repeat(60), token('ya29-short', 10), 'ya29.<access-token>', 'ya29.${ACCESS_TOKEN}'],
  validate: (secret) => randomMixedCase(secret.slice(5).replace(/[-_]/g, '')),
});
