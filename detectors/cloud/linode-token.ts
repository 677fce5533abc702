import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { DIGITS, fake } from '../lib/sample.js';

/**
 * Linode (Akamai) personal access tokens are 64 lower-case hex characters: only found after a Linode key name.
 */
export default keyedSecretDetector({
  id: 'linode-token',
  what: 'Linode personal access token',
  key: String.raw`linode${SEP}(?:cli${SEP}|api${SEP}|personal${SEP}access${SEP}|access${SEP})?(?:token|key)`,
  names: 'LINODE_TOKEN, LINODE_CLI_TOKEN, LINODE_API_TOKEN',
  keywords: ['linode'],
  value: { ...hexValue(64), pattern: '[0-9a-f]{64}' },
  contexts: ['LINODE_TOKEN={}', 'LINODE_CLI_TOKEN: {}', '"linodeApiToken": "{}"'],
  negatives: [`LINODE_INSTANCE_ID=${fake('linode-id', 8, DIGITS)}`],
});
