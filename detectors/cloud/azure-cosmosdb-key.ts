import { defineDetector } from '../../src/engine/detector.js';
import { isEmulatorKey, signedKey, storageKey } from '../lib/azure.js';
import { classes, looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { tokenStartOutside } from '../lib/patterns.js';

/** Not at a `+/` inside a run: see tokenStartOutside. */
const KEY_BODY_START = tokenStartOutside('+/');

/**
 * Cosmos DB account keys are 64 bytes in base64 (86 characters + `==`). Keys made since 2023 carry the signature ACDb
 * at 76–79 and are found bare; older keys only after a Cosmos key name (AccountKey= in a connection string is
 * handled by azure-storage-account-key). The emulator's published key is skipped.
 */
const IDENTIFIABLE = '[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==';
const NAME = String.raw`(?i:(?:azure${SEP})?cosmos(?:${SEP}db)?${SEP}(?:account${SEP}|primary${SEP}|secondary${SEP}|master${SEP}|read${SEP}only${SEP}|auth${SEP})*key)`;
const key = (seed: string): string => signedKey(seed, 88, 'ACDb', 76, 'A==');

export default defineDetector({
  id: 'azure-cosmosdb-key',
  description:
    'Azure Cosmos DB account key: 88-character base64 with the signature ACDb at 76–79 (found bare), or a legacy key after ' +
    'COSMOS_KEY, AZURE_COSMOS_DB_KEY, cosmosPrimaryKey; the emulator key is skipped',
  category: 'secret',
  keywords: ['ACDb', 'cosmos'],
  pattern: String.raw`(?:${KEY_BODY_START}|${KEY_START}${NAME}${AFTER_KEY})(?P<secret>[A-Za-z0-9+/]{86}==)(?:[^A-Za-z0-9+/=]|$)`,
  validate: (secret, context) => {
    const kinds = classes(secret.slice(0, 76));
    const signed = secret.slice(76, 80) === 'ACDb';
    return kinds.lower && kinds.upper && !looksFake(secret.slice(0, 76)) && !isEmulatorKey(secret) && (signed || /cosmos/i.test(context.match));
  },
  priority: 30,
  samples: {
    positive: [key('cosmos-1'), `COSMOS_KEY=${storageKey('cosmos-2')}`, `"cosmosPrimaryKey": "${key('cosmos-3')}"`, `AZURE_COSMOS_DB_KEY=${storageKey('cosmos-4')}`],
    negative: [
      storageKey('cosmos-bare'),
      `"integrity": "sha512-${storageKey('cosmos-sha')}"`,
      'COSMOS_KEY=${COSMOS_KEY}',
      `COSMOS_KEY=${'A'.repeat(86)}==`,
      `COSMOS_KEY=${['C2y6yDjf5', 'R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw', 'Jw=='].join('/')}`,
    ],
  },
});
