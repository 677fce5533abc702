import { formatTokenDetector } from '../lib/format-token.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Google OAuth 2.0 refresh tokens start with 1//0 and a base64url body of about 100 characters. */
const token = (seed: string, length = 98): string => `1//0${fake(seed, length, BASE64URL)}`;

export default formatTokenDetector({
  id: 'google-oauth-refresh-token',
  description: 'Google OAuth 2.0 refresh token: 1//0 + 40 or more base64url characters (found bare)',
  keywords: ['1//0'],
  token: '1//0[A-Za-z0-9_-]{40,}',
  // Not inside base64: no + or / on either side.
  chars: '0-9A-Za-z_+/-',
  sample: token,
  contexts: ['{"refresh_token":"{}","scope":"https://www.googleapis.com/auth/drive"}', 'GOOGLE_REFRESH_TOKEN={}', 'refresh_token={}&grant_type=refresh_token'],
  negatives: [`thumbnail iVBORw0KGgo+1//0${fake('g-refresh-b64', 60)}/AAAA`, '1//0' + 'x'.repeat(60), token('g-refresh-short', 20), 'file:///1//0/path', '1//0<refresh-token>', `path 1//0${'a'.repeat(50)}`],
  validate: (secret, context) => randomMixedCase(secret.slice(4).replace(/[-_]/g, '')) && !/^[+/]/.test(context.match),
});
