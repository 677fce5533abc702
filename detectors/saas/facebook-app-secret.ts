import { SEP } from '../lib/provider-key.js';
import { DIGITS, HEX, fake } from '../lib/sample.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/** App secrets (and client tokens) are 32 hex characters: after a Facebook / Meta key name or an app id and `|`. */
export default keyedSecretDetector({
  id: 'facebook-app-secret',
  what: 'Meta / Facebook app secret or client token',
  key: String.raw`(?:facebook|fb|meta|instagram|whatsapp)${SEP}(?:app${SEP}|client${SEP})?(?:secret|client${SEP}token)`,
  names: 'FACEBOOK_APP_SECRET, FB_CLIENT_SECRET, META_APP_SECRET, or an app id and | (an app access token)',
  prefixes: [String.raw`(?:^|[^0-9A-Za-z])[0-9]{15,16}\|`],
  trigger: String.raw`(?i:(?:facebook|fb|meta|instagram|whatsapp)[_.-]?(?:app[_.-]?|client[_.-]?)?(?:secret|client[_.-]?token))|\|[0-9a-f]{8}`,
  value: hexValue(32),
  contexts: ['FACEBOOK_APP_SECRET={}', '"fbAppSecret": "{}"', `access_token=${fake('fb-app-id', 16, DIGITS)}|{}`],
  negatives: [`FACEBOOK_APP_ID=${fake('fb-app-id-2', 16, DIGITS)}`, `row 12|${fake('fb-pipe', 32, HEX)}`],
});
