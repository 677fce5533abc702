import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * Sourcegraph access tokens: sgp_ + an instance id (16 hex) or `local` + _ + 40 hex; older ones sgp_ + 40 hex.
 */
const token = (seed: string, instance: string | undefined = fake(`${seed}-i`, 16, HEX)): string =>
  `sgp_${instance === undefined ? '' : `${instance}_`}${fake(seed, 40, HEX)}`;

export default formatTokenDetector({
  id: 'sourcegraph-access-token',
  description: 'Sourcegraph access token: sgp_ + (16 hex instance id or local) + _ + 40 hex, or sgp_ + 40 hex (found bare)',
  keywords: ['sgp_'],
  token: 'sgp_(?:[0-9a-f]{16}_|local_)?[0-9a-f]{40}',
  sample: token,
  contexts: ['SRC_ACCESS_TOKEN={}', `curl -H "Authorization: token {}" https://sourcegraph.example.com/.api/graphql`],
  negatives: [`sgp_${'0'.repeat(40)}`, `sgp_${fake('sg-short', 20, HEX)}`, 'sgp_<token>', `sgp_local_${'x'.repeat(40)}`],
  validate: (secret) => !looksFake(secret.slice(-40)),
});
