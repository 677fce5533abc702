import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM, HEX, fake } from '../lib/sample.js';
import { randomAlnum, randomMixedCase } from '../lib/token-shape.js';

const token = (seed: string): string => `AstraCS:${fake(`${seed}-id`, 24, ALNUM)}:${fake(`${seed}-secret`, 64, HEX)}`;

/** DataStax Astra DB application tokens: `AstraCS:`, the client id, `:`, the 64-hex secret. */
export default bareTokenDetector({
  id: 'astra-db-token',
  description: 'DataStax Astra DB application token: AstraCS: + 24 alphanumeric characters (client id) + : + 64 hex characters',
  keywords: ['AstraCS:'],
  token: 'AstraCS:[0-9A-Za-z]{24}:[0-9a-f]{64}',
  make: token,
  validate: (secret) => randomMixedCase(secret.slice(8, 32)) && randomAlnum(secret.slice(33)),
  contexts: ['ASTRA_DB_APPLICATION_TOKEN={}', 'curl -H "X-Cassandra-Token: {}" https://db.apps.astra.datastax.com/api/rest/v2/keyspaces'],
  negatives: [`AstraCS:${'x'.repeat(24)}:${'0'.repeat(64)}`, `AstraCS:${fake('astra-short', 24, ALNUM)}:${fake('astra-short-b', 32, HEX)}`, 'AstraCS:...'],
});
