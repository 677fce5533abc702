import { SEP } from '../lib/provider-key.js';
import { HEX, HEX_UPPER, fake } from '../lib/sample.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';

/** Connected app consumer secrets are 64 upper-case hex characters (older ones 19 digits, which are not matched). */
export default keyedSecretDetector({
  id: 'salesforce-consumer-secret',
  what: 'Salesforce connected app consumer secret',
  key: String.raw`(?:salesforce|sfdc|sf)${SEP}(?:consumer|client|oauth)${SEP}secret`,
  names: 'SALESFORCE_CONSUMER_SECRET, SFDC_CLIENT_SECRET, SF_CONSUMER_SECRET',
  trigger: String.raw`(?i:(?:salesforce|sfdc|sf)[_.-]?(?:consumer|client|oauth)[_.-]?secret)`,
  value: { pattern: '[0-9A-F]{64}', chars: '0-9A-Za-z', name: '64 upper-case hex characters', sample: (seed) => fake(seed, 64, HEX_UPPER) },
  contexts: ['SALESFORCE_CONSUMER_SECRET={}', '"sfdcClientSecret": "{}"', 'SF_CONSUMER_SECRET: {}'],
  negatives: [`SALESFORCE_CONSUMER_KEY=3MVG9${fake('sf-ck', 80)}`, `SALESFORCE_CONSUMER_SECRET=${fake('sf-lower', 64, HEX)}`.replace(/[A-F]/g, (c) => c.toLowerCase())],
});
