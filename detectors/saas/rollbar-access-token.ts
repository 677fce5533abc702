import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Rollbar project and account access tokens are 32 hex characters: only found after a Rollbar key name or the
 * X-Rollbar-Access-Token header.
 */
export default keyedSecretDetector({
  id: 'rollbar-access-token',
  what: 'Rollbar access token',
  key: String.raw`x-rollbar-access-token|rollbar${SEP}(?:(?:post${SEP})?(?:server|client)${SEP}(?:item${SEP})?|project${SEP}|read${SEP}|write${SEP}|account${SEP})?(?:access${SEP})?token`,
  names: 'ROLLBAR_ACCESS_TOKEN, ROLLBAR_POST_SERVER_ITEM_TOKEN, the X-Rollbar-Access-Token header',
  keywords: ['rollbar'],
  value: hexValue(32),
  contexts: ['ROLLBAR_ACCESS_TOKEN={}', 'curl -H "X-Rollbar-Access-Token: {}" https://api.rollbar.com/api/1/item/', '"rollbarPostServerItemToken": "{}"'],
});
