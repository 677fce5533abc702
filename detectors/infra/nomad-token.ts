import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * HashiCorp Nomad ACL secret ids are UUIDs: only found after NOMAD_TOKEN or a Nomad key name (the accessor id is not
 * secret).
 */
export default keyedSecretDetector({
  id: 'nomad-token',
  what: 'HashiCorp Nomad ACL token (secret id)',
  key: String.raw`nomad${SEP}(?:acl${SEP})?(?:token|secret${SEP}id)|x-nomad-token`,
  names: 'NOMAD_TOKEN, the X-Nomad-Token header',
  keywords: ['nomad'],
  value: uuidValue,
  contexts: ['NOMAD_TOKEN={}', 'curl -H "X-Nomad-Token: {}" http://127.0.0.1:4646/v1/jobs'],
  negatives: [`NOMAD_ACCESSOR_ID=${uuidValue.sample('nomad-accessor')}`],
});
