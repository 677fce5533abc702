import { LOWER_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';
import { HEX, fake } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'digitalocean-pat',
  what: 'DigitalOcean personal access token',
  prefix: 'dop_v1_',
  length: 64,
  alphabet: LOWER_HEX,
  contexts: ['DIGITALOCEAN_ACCESS_TOKEN={}', 'curl -H "Authorization: Bearer {}" https://api.digitalocean.com/v2/account'],
  // The documented alphabet is lower-case; another version is another format.
  negatives: [`dop_v1_${fake('digitalocean-pat-upper', 64, HEX).toUpperCase()}`, `dop_v2_${fake('digitalocean-pat-v2', 64, HEX)}`, 'DIGITALOCEAN_ACCESS_TOKEN=${DIGITALOCEAN_ACCESS_TOKEN}'],
});
