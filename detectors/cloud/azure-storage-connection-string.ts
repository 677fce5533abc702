import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { isEmulatorKey, storageKey } from '../lib/azure.js';
import { BASE64, fake } from '../lib/sample.js';

/**
 * An Azure Storage (or Cosmos DB table) connection string:
 * `DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…`, in any order of the settings before the key. Only the key is redacted; the account name stays readable. A key of
 * any length is accepted here, since the connection string itself says what it is. The storage emulator's
 * well-known development account (`devstoreaccount1`) is left alone.
 */
const SETTING = String.raw`[A-Za-z]+=[^;\s"'\\]*;`;

export default defineDetector({
  id: 'azure-storage-connection-string',
  description:
    'Azure Storage connection string (DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…): the AccountKey value ' +
    'is redacted; the emulator account devstoreaccount1 is skipped',
  category: 'secret',
  keywords: ['defaultendpointsprotocol='],
  pattern: String.raw`(?i:DefaultEndpointsProtocol)=[a-z]+;(?:${SETTING})*?(?i:AccountKey)=(?P<secret>[A-Za-z0-9+/]{20,}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  validate: (secret, context) => !/devstoreaccount1/i.test(context.match) && !looksFake(secret) && !isEmulatorKey(secret),
  priority: 55,
  samples: {
    positive: [
      `DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=${storageKey('azure-cs-1')};EndpointSuffix=core.windows.net`,
      `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${storageKey('azure-cs-2')}"`,
      `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${fake('azure-cs-3', 60, BASE64)};TableEndpoint=https://acme.table.cosmos.azure.com:443/;`,
    ],
    negative: [
      'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net',
      `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${storageKey('azure-cs-dev')};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
      'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<account-key>;EndpointSuffix=core.windows.net',
      'UseDevelopmentStorage=true',
      `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${'x'.repeat(86)}==`,
    ],
  },
});
