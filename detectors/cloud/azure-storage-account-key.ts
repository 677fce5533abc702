import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { isEmulatorKey, storageKey } from '../lib/azure.js';
import { BASE64, fake } from '../lib/sample.js';

/**
 * An Azure storage account key is 64 random bytes in base64 (86 characters + `==`). A SHA-512 digest has the same
 * shape (npm integrity strings), so the key is only recognised after its key names: AccountKey (connection strings),
 * AZURE_STORAGE_KEY, AZURE_STORAGE_ACCOUNT_KEY, storage_account_access_key, primary/secondary (access) key,
 * --account-key.
 */
const KEY = String.raw`(?i:(?:azure[_-]?)?(?:storage[_-]?)?account[_-]?(?:access[_-]?)?key|(?:azure[_-]?)?storage[_-]?(?:access[_-]?)?key|(?:primary|secondary)[_-]?(?:access[_-]?|master[_-]?)?key|shared[_-]?key)`;

export default defineDetector({
  id: 'azure-storage-account-key',
  description:
    'Azure storage account key (88-character base64 ending in ==) after AccountKey=, AZURE_STORAGE_KEY, ' +
    'AZURE_STORAGE_ACCOUNT_KEY, primaryKey/secondaryKey or --account-key; the storage emulator\'s published key is skipped',
  category: 'secret',
  keywords: [
    'accountkey',
    'account_key',
    'account-key',
    'storagekey',
    'storage_key',
    'storage-key',
    'accesskey',
    'access_key',
    'access-key',
    'primarykey',
    'primary_key',
    'primary-key',
    'primaryaccess',
    'primary_access',
    'primary-access',
    'primarymaster',
    'primary_master',
    'primary-master',
    'secondarykey',
    'secondary_key',
    'secondary-key',
    'secondaryaccess',
    'secondary_access',
    'secondary-access',
    'secondarymaster',
    'secondary_master',
    'secondary-master',
    'sharedkey',
    'shared_key',
    'shared-key',
  ],
  pattern: afterKey(KEY, '[A-Za-z0-9+/]{86}==', 'A-Za-z0-9+/='),
  validate: (secret) => {
    const kinds = classes(secret.slice(0, 86));
    return kinds.lower && kinds.upper && kinds.digit && !looksFake(secret.slice(0, 86)) && !isEmulatorKey(secret);
  },
  priority: 30,
  samples: {
    positive: [
      `AZURE_STORAGE_KEY=${storageKey('azure-sak-1')}`,
      `az storage blob upload --account-name acmelogs --account-key ${storageKey('azure-sak-2')} -f out.json`,
      `"primaryKey": "${storageKey('azure-sak-3')}"`,
      `AccountName=acmelogs;AccountKey=${storageKey('azure-sak-4')}`,
    ],
    negative: [
      'AZURE_STORAGE_KEY=${AZURE_STORAGE_KEY}',
      `"integrity": "sha512-${storageKey('azure-sak-sha')}"`,
      storageKey('azure-sak-nokey'),
      `AZURE_STORAGE_KEY=${fake('azure-sak-short', 44, BASE64)}`,
      `AccountKey=${'A'.repeat(86)}==`,
      // The storage emulator's published key, built here so the file holds no key-shaped literal.
      `AccountKey=${['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', 'K1SZFPTOtr', 'KBHBeksoGMGw=='].join('/')}`,
    ],
  },
});
