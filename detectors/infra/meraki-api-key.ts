import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'meraki-api-key',
  what: 'Cisco Meraki Dashboard API key',
  names: [words('cisco?', 'meraki', 'dashboard?', 'api?', 'key')],
  namesText: 'MERAKI_DASHBOARD_API_KEY, MERAKI_API_KEY or the X-Cisco-Meraki-API-Key header',
  keywords: ['meraki'],
  value: lowerHex(40),
  contexts: ['MERAKI_DASHBOARD_API_KEY={}', 'X-Cisco-Meraki-API-Key: {}'],
});
