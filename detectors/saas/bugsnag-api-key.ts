import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Bugsnag (Insight Hub) notifier API keys and data access tokens are 32 hex characters: only found after a Bugsnag
 * key name or the Bugsnag-Api-Key header.
 */
export default keyedSecretDetector({
  id: 'bugsnag-api-key',
  what: 'Bugsnag API key or auth token',
  key: String.raw`bugsnag${SEP}(?:api${SEP}|notifier${SEP}|auth${SEP}|data${SEP}access${SEP})?(?:key|token)`,
  names: 'BUGSNAG_API_KEY, the Bugsnag-Api-Key header, bugsnagAuthToken',
  keywords: ['bugsnag'],
  value: hexValue(32),
  contexts: ['BUGSNAG_API_KEY={}', 'curl -H "Bugsnag-Api-Key: {}" https://notify.bugsnag.com/', '"bugsnagAuthToken": "{}"'],
});
