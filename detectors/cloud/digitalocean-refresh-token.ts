import { LOWER_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';
import { HEX, fake } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'digitalocean-refresh-token',
  what: 'DigitalOcean OAuth refresh token',
  prefix: 'dor_v1_',
  length: 64,
  alphabet: LOWER_HEX,
  contexts: ['refresh_token={}', 'curl -H "Authorization: Bearer {}" https://api.digitalocean.com/v2/account'],
  // The documented alphabet is lower-case; another version is another format.
  negatives: [`dor_v1_${fake('digitalocean-refresh-token-upper', 64, HEX).toUpperCase()}`, `dor_v2_${fake('digitalocean-refresh-token-v2', 64, HEX)}`, 'refresh_token=${refresh_token}'],
});
