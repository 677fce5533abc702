import { LOWER_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';
import { HEX, fake } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'digitalocean-oauth-token',
  what: 'DigitalOcean OAuth access token',
  prefix: 'doo_v1_',
  length: 64,
  alphabet: LOWER_HEX,
  contexts: ['DIGITALOCEAN_TOKEN={}', 'curl -H "Authorization: Bearer {}" https://api.digitalocean.com/v2/account'],
  // The documented alphabet is lower-case; another version is another format.
  negatives: [`doo_v1_${fake('digitalocean-oauth-token-upper', 64, HEX).toUpperCase()}`, `doo_v2_${fake('digitalocean-oauth-token-v2', 64, HEX)}`, 'DIGITALOCEAN_TOKEN=${DIGITALOCEAN_TOKEN}'],
});
