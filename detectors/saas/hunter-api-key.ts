import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { HEX, fake } from '../lib/sample.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'hunter-api-key',
  what: 'Hunter (hunter.io) API key',
  // `hunter` alone is a common word: the key name must say api key (or name the domain).
  names: [words('hunter', 'io?', 'api', 'key')],
  namesText: 'HUNTER_API_KEY or HUNTER_IO_API_KEY',
  keywords: ['hunter'],
  value: lowerHex(40),
  contexts: ['HUNTER_API_KEY={}', '"hunterIoApiKey": "{}"'],
  negatives: [`hunter_key=${fake('hunter-api-key-unnamed', 40, HEX)}`],
});
