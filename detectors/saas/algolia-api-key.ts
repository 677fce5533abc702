import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Algolia admin, write and search API keys are 32 hex characters, the shape of an md5: only found after an Algolia key
 * name, the X-Algolia-API-Key header or as the second argument of algoliasearch("APPID", "…").
 */
export default keyedSecretDetector({
  id: 'algolia-api-key',
  what: 'Algolia API key',
  key: String.raw`algolia${SEP}(?:admin${SEP}|write${SEP}|api${SEP}|search${SEP}|secret${SEP}|private${SEP})*key|x-algolia-api-key`,
  names: 'ALGOLIA_ADMIN_KEY, ALGOLIA_API_KEY, the X-Algolia-API-Key header or algoliasearch("APPID", …)',
  keywords: ['algolia'],
  prefixes: [String.raw`(?i:algoliasearch)\([ \t]*\\*[\"'][A-Z0-9]{10}\\*[\"'][ \t]*,[ \t]*\\*[\"']`],
  value: hexValue(32),
  contexts: ['ALGOLIA_ADMIN_KEY={}', 'curl -H "X-Algolia-API-Key: {}" -H "X-Algolia-Application-Id: ABCDEF1234" https://ABCDEF1234-dsn.algolia.net/1/indexes', 'const client = algoliasearch("ABCDEF1234", "{}");'],
  negatives: ["ALGOLIA_APP_ID=ABCDEF1234"],
});
