import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';

/** Rancher API tokens: token- + 5-character name + : + 54 lower-case letters and digits (the bearer token is the pair). */
const token = (seed: string, length = 54): string => `token-${fake(`${seed}-n`, 5, ALNUM_LOWER)}:${fake(seed, length, ALNUM_LOWER)}`;

export default formatTokenDetector({
  id: 'rancher-api-token',
  description: 'Rancher API token: token- + 5 characters + : + 54 lower-case alphanumeric characters (found bare)',
  trigger: 'token-[a-z0-9]{5}:',
  token: 'token-[a-z0-9]{5}:[a-z0-9]{54}',
  chars: '0-9A-Za-z',
  sample: token,
  contexts: ['CATTLE_TOKEN={}', 'curl -H "Authorization: Bearer {}" https://rancher.acme.dev/v3/clusters'],
  negatives: [token('rancher-short', 20), `token-abcde:${'x'.repeat(54)}`, 'token-<name>:<secret>'],
  validate: (secret) => !looksFake(secret.slice(12)),
});
