import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Hetzner Cloud API tokens are 64 alphanumeric characters: only found after HCLOUD_TOKEN or a Hetzner key name.
 */
export default keyedSecretDetector({
  id: 'hetzner-cloud-token',
  what: 'Hetzner Cloud API token',
  key: String.raw`hcloud${SEP}(?:api${SEP})?token|hetzner${SEP}(?:cloud${SEP}|api${SEP}|robot${SEP})*(?:token|key)`,
  names: 'HCLOUD_TOKEN, HETZNER_CLOUD_TOKEN, hetznerApiToken',
  keywords: ['hcloud', 'hetzner'],
  value: alnumValue(64),
  contexts: ['HCLOUD_TOKEN={}', '"hetznerApiToken": "{}"', 'hcloud_token = "{}"'],
  validate: randomMixedCase,
});
