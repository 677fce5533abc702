import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'opencage-api-key',
  what: 'OpenCage geocoding API key',
  names: [words('opencage', 'data?', 'api?', 'key'), words('open', 'cage', 'api?', 'key')],
  namesText: 'OPENCAGE_API_KEY or OPENCAGEDATA_KEY',
  keywords: ['opencage', 'open_cage', 'open-cage', 'open.cage'],
  value: lowerHex(32),
  contexts: ['OPENCAGE_API_KEY={}', '"opencageKey": "{}"'],
});
