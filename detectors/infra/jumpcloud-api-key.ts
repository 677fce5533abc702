import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'jumpcloud-api-key',
  what: 'JumpCloud API key',
  names: [words('jumpcloud', 'api?', 'key'), words('jc', 'api', 'key')],
  namesText: 'JUMPCLOUD_API_KEY or JC_API_KEY',
  keywords: ['jumpcloud', 'jc_api', 'jc-api', 'jcapi', 'jc.api'],
  value: lowerHex(40),
  contexts: ['JUMPCLOUD_API_KEY={}', 'export JC_API_KEY="{}"'],
});
