import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { sanityToken } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'sanity-api-token',
  what: "Sanity API token",
  names: [words('sanity', 'api', 'token'), words('sanity', 'auth', 'token'), words('sanity', 'token')],
  namesText: "SANITY_API_TOKEN or SANITY_AUTH_TOKEN",
  keywords: ["sanity_api", "sanity-api", "sanityapi", "sanity.api", "sanity_auth", "sanity-auth", "sanityauth", "sanity.auth", "sanity_token", "sanity-token", "sanitytoken", "sanity.token"],
  value: sanityToken,
  contexts: ["SANITY_API_TOKEN={}", "\"sanityToken\": \"{}\""],
});
