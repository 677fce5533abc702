import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { HEX, fake } from '../lib/sample.js';

/** Axiom API tokens (xaat-) and personal access tokens (xapt-) are the prefix and a UUID. */
const uuid = (seed: string): string => [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-');
const token = (seed: string): string => `xaat-${uuid(seed)}`;

export default formatTokenDetector({
  id: 'axiom-token',
  description: 'Axiom API token (xaat-) or personal access token (xapt-) + a UUID (found bare)',
  keywords: ['xaat-', 'xapt-'],
  token: 'xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  sample: token,
  contexts: ['AXIOM_TOKEN={}', `curl -H "Authorization: Bearer xapt-${uuid('axiom-pat')}" https://api.axiom.co/v1/datasets`],
  negatives: ['xaat-00000000-0000-0000-0000-000000000000', 'xaat-<token>', `xaat-${uuid('axiom-short').slice(0, 20)}`],
  validate: (secret) => !looksFake(secret.slice(5).replace(/-/g, '')),
});
