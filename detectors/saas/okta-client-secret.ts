import { SEP } from '../lib/provider-key.js';
import { base64urlValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** OIDC / OAuth client secrets of Okta apps are 40 (some 64) base64url characters with no prefix. */
export default keyedSecretDetector({
  id: 'okta-client-secret',
  what: 'Okta OAuth / OIDC client secret',
  key: String.raw`okta${SEP}(?:oauth2?${SEP}|oidc${SEP}|app${SEP}|spa${SEP}|web${SEP})?client${SEP}secret`,
  names: 'OKTA_CLIENT_SECRET, OKTA_OAUTH2_CLIENT_SECRET, okta.oauth2.client-secret',
  keywords: ['okta'],
  value: base64urlValue(40, 64, 40),
  contexts: ['OKTA_CLIENT_SECRET={}', 'okta.oauth2.client-secret={}', '"oktaClientSecret": "{}"'],
  negatives: ['OKTA_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9'],
  validate: randomMixedCase,
});
