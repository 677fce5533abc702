import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { upperAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'etherscan-api-key',
  what: 'Etherscan API key',
  names: [words('etherscan', 'api?', 'key'), words('etherscan', 'token')],
  namesText: 'ETHERSCAN_API_KEY or etherscanApiKey',
  keywords: ['etherscan'],
  value: upperAlnum(34),
  contexts: ['ETHERSCAN_API_KEY={}', '"etherscanApiKey": "{}"'],
});
