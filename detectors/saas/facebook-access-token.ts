import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Meta (Facebook, Instagram, WhatsApp Cloud API) user, page and system user access tokens start with EAA, then the
 * app's marker and a long base62 body (usually 150–250 characters).
 */
const token = (seed: string, length = 180): string => `EAA${fake(seed, length)}`;

export default formatTokenDetector({
  id: 'facebook-access-token',
  description: 'Meta / Facebook Graph API access token (user, page, system user): EAA + 90 or more base62 characters (found bare)',
  trigger: 'EAA[0-9A-Za-z]{6}',
  token: 'EAA[0-9A-Za-z]{90,400}',
  // Not inside base64 (an inline image holds EAA runs): no + or / on either side.
  chars: '0-9A-Za-z+/',
  sample: token,
  contexts: ['GET https://graph.facebook.com/v19.0/me?access_token={}', 'FACEBOOK_TOKEN="{}"', 'WHATSAPP_TOKEN={}'],
  negatives: [`data:image/png;base64,iVBORw0KGgo/${token('fb-in-base64')}+AAAA`, token('fb-short', 40), 'EAA' + 'x'.repeat(120), 'EAAB<page-access-token>', `EAA${fake('fb-upper', 120, ALNUM).toUpperCase()}`],
  validate: (secret, context) => randomMixedCase(secret.slice(3)) && !/^[+/]/.test(context.match),
});
