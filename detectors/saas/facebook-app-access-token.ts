import { formatTokenDetector } from '../lib/format-token.js';
import { BASE64URL, DIGITS, HEX, fake } from '../lib/sample.js';
import { randomAlnum, randomMixedCase } from '../lib/token-shape.js';
import { looksFake } from '../lib/checks.js';

/**
 * Meta (Facebook) app access tokens: the app's numeric id (15 or 16 digits), `|`, then either the app secret
 * (32 hex, the form Meta documents for calling the Graph API as the app) or the 27 base64url characters (a 20-byte
 * digest) that the Graph API's client-credentials grant returns. The `|` between an app id and either body is the
 * token's own shape, so it is found bare.
 */
const appId = (seed: string): string => `1${fake(`${seed}-id`, 15, DIGITS)}`;
const issued = (seed: string): string => `${appId(seed)}|${fake(`${seed}-t`, 27, BASE64URL)}`;
const withSecret = (seed: string): string => `${appId(seed)}|${fake(`${seed}-s`, 32, HEX)}`;

export default formatTokenDetector({
  id: 'facebook-app-access-token',
  description:
    'Meta / Facebook app access token: a 15–16 digit app id, |, then 27 base64url characters (Graph API-issued) or the 32-hex app secret (found bare)',
  trigger: String.raw`[0-9]\|[0-9A-Za-z_-]{8}`,
  token: String.raw`[0-9]{15,16}\|(?:[0-9a-f]{32}|[0-9A-Za-z_-]{27})`,
  sample: (seed) => (seed.endsWith('2') ? withSecret(seed) : issued(seed)),
  contexts: ['GET https://graph.facebook.com/v19.0/app?access_token={}', 'FACEBOOK_APP_TOKEN="{}"', 'facebook {}'],
  negatives: [
    `${appId('fb-app-n1')}|${'x'.repeat(27)}`,
    `${appId('fb-app-n2')}|${fake('fb-app-n3', 20, BASE64URL)}`,
    `${fake('fb-app-n4', 10, DIGITS)}|${fake('fb-app-n5', 27, BASE64URL)}`,
    `| 1234567890123456 | ${fake('fb-app-n6', 27, BASE64URL)} |`,
    '{app-id}|{app-secret}',
  ],
  validate: (secret) => {
    const [id = '', body = ''] = secret.split('|');
    if (looksFake(id)) return false;
    return body.length === 32 ? randomAlnum(body) : randomMixedCase(body.replace(/[_-]/g, ''));
  },
});
