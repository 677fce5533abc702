import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { HEX, fake } from '../lib/sample.js';

/** Personal access tokens: dapi + 32 lower-case hex, sometimes with a -2, -3 suffix. */
const token = (seed: string, length = 32): string => `dapi${fake(seed, length, HEX)}`;

export default formatTokenDetector({
  id: 'databricks-token',
  description: 'Databricks personal access token: dapi + 32 lower-case hex characters, optionally -N (found bare)',
  keywords: ['dapi'],
  token: 'dapi[0-9a-f]{32}(?:-[0-9]{1,2})?',
  sample: token,
  contexts: ['DATABRICKS_TOKEN={}', 'curl -H "Authorization: Bearer {}-2" https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list', 'the agent used {} for the warehouse'],
  negatives: ['DATABRICKS_TOKEN=dapi' + '0'.repeat(32), token('databricks-short', 20), `dapi${fake('databricks-upper', 32, HEX).toUpperCase()}`, 'dapi<token>', `dapi${fake('databricks-g', 28, HEX)}defg`],
  validate: (secret) => !looksFake(secret.slice(4, 36)),
});
