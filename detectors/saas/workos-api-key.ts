import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { workosKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'workos-api-key',
  what: "WorkOS API key",
  names: [words('workos', 'api?', 'key'), words('workos', 'secret')],
  namesText: "WORKOS_API_KEY",
  keywords: ["workos"],
  value: workosKey,
  contexts: ["WORKOS_API_KEY={}", "\"workosApiKey\": \"{}\""],
});
