import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'looker-client-secret',
  what: "Looker API client secret",
  names: [words('looker', 'sdk?', 'client', 'secret'), words('looker', 'api', 'secret')],
  namesText: "LOOKERSDK_CLIENT_SECRET or LOOKER_CLIENT_SECRET",
  keywords: ['looker'],
  value: base62(24),
  contexts: ["LOOKERSDK_CLIENT_SECRET={}", "\"lookerClientSecret\": \"{}\""],
});
