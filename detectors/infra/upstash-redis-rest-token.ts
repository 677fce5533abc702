import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'upstash-redis-rest-token',
  what: "Upstash Redis REST token",
  names: [words('upstash', 'redis', 'rest', 'token'), words('upstash', 'redis', 'token'), words('kv', 'rest', 'api', 'token')],
  namesText: "UPSTASH_REDIS_REST_TOKEN or KV_REST_API_TOKEN",
  keywords: ["upstash", "kv_rest_api", "kvrestapi", "kv-rest-api"],
  value: base64url(40, 120),
  contexts: ["UPSTASH_REDIS_REST_TOKEN={}", "KV_REST_API_TOKEN={}"],
});
