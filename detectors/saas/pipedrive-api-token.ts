import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * Pipedrive API tokens are 40 hex characters, the shape of a commit SHA: found after a Pipedrive key name or as the
 * api_token parameter of a pipedrive.com URL.
 */
export default keyedSecretDetector({
  id: 'pipedrive-api-token',
  what: 'Pipedrive API token',
  key: String.raw`pipedrive${SEP}(?:api${SEP})?(?:token|key)`,
  names: 'PIPEDRIVE_API_TOKEN or the api_token= parameter of a pipedrive.com URL',
  keywords: ['pipedrive'],
  prefixes: [String.raw`(?i:pipedrive\.com/)[^\s?\"'\\]*\?(?:[^\s\"'&\\]*&)*api_token=`],
  value: { ...hexValue(40), pattern: '[0-9a-f]{40}' },
  contexts: ['PIPEDRIVE_API_TOKEN={}', 'GET https://acme.pipedrive.com/api/v1/deals?api_token={}&limit=50'],
  negatives: [`commit ${fake('pipedrive-sha', 40, HEX)}`],
});
