import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { HEX, fake } from '../lib/sample.js';

/** Zoho (CRM, Desk, Books…) OAuth access and refresh tokens: 1000. + 32 hex + . + 32 hex. */
const token = (seed: string, length = 32): string => `1000.${fake(`${seed}-a`, 32, HEX)}.${fake(`${seed}-b`, length, HEX)}`;

export default formatTokenDetector({
  id: 'zoho-oauth-token',
  description: 'Zoho OAuth access or refresh token: 1000. + 32 hex + . + 32 hex characters (found bare)',
  trigger: String.raw`1000\.[0-9a-f]{6}`,
  token: String.raw`1000\.[0-9a-f]{32}\.[0-9a-f]{32}`,
  chars: '0-9A-Za-z',
  sample: token,
  contexts: ['curl -H "Authorization: Zoho-oauthtoken {}" https://www.zohoapis.com/crm/v5/Leads', '{"access_token":"{}","api_domain":"https://www.zohoapis.com"}', 'ZOHO_REFRESH_TOKEN={}'],
  negatives: [token('zoho-short', 16), `latency 1000.${'0'.repeat(32)}.${'0'.repeat(32)}`, 'took 1000.25 ms', `1000.${fake('zoho-upper', 32, HEX).toUpperCase()}.${fake('zoho-upper-b', 32, HEX).toUpperCase()}`],
  validate: (secret) => !looksFake(secret.slice(5).replace('.', '')),
});
