import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'sendbird-api-token',
  what: "Sendbird API (master) token",
  names: [words('sendbird', 'api?', 'token'), words('sendbird', 'master', 'token'), words('sendbird', 'api', 'key')],
  namesText: "SENDBIRD_API_TOKEN",
  keywords: ['sendbird'],
  value: hex(40),
  contexts: ["SENDBIRD_API_TOKEN={}", "\"sendbirdMasterToken\": \"{}\""],
});
