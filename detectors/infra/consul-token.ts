import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * HashiCorp Consul ACL tokens (secret ids) are UUIDs: only found after CONSUL_HTTP_TOKEN, the X-Consul-Token header or
 * a Consul key name.
 */
export default keyedSecretDetector({
  id: 'consul-token',
  what: 'HashiCorp Consul ACL token',
  key: String.raw`consul${SEP}(?:http${SEP}|acl${SEP}|master${SEP}|agent${SEP})?(?:token|secret${SEP}id)|x-consul-token`,
  names: 'CONSUL_HTTP_TOKEN, the X-Consul-Token header',
  keywords: ['consul'],
  value: uuidValue,
  contexts: ['CONSUL_HTTP_TOKEN={}', 'curl -H "X-Consul-Token: {}" http://127.0.0.1:8500/v1/kv/app'],
  negatives: [`CONSUL_ACCESSOR_ID=${uuidValue.sample('consul-accessor')}`],
});
