import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { braveKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'brave-search-api-key',
  what: "Brave Search API key",
  names: [words('brave', 'search?', 'api', 'key'), words('x', 'subscription', 'token')],
  namesText: "BRAVE_API_KEY, BRAVE_SEARCH_API_KEY or the X-Subscription-Token header",
  keywords: ["brave", "subscription-token", "subscription_token"],
  value: braveKey,
  contexts: ["BRAVE_API_KEY={}", "X-Subscription-Token: {}"],
});
