import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'abuseipdb-api-key',
  what: 'AbuseIPDB API key',
  names: [words('abuseipdb', 'api?', 'key'), words('abuse', 'ipdb', 'api?', 'key')],
  namesText: 'ABUSEIPDB_API_KEY or abuseIpdbKey',
  keywords: ['abuseipdb', 'abuse_ipdb', 'abuse-ipdb', 'abuse.ipdb'],
  value: lowerHex(80),
  contexts: ['ABUSEIPDB_API_KEY={}', '"abuseIpdbKey": "{}"'],
});
