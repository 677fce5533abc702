import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'deepinfra-api-key',
  what: "DeepInfra API key",
  names: [words('deepinfra', 'api', 'key'), words('deepinfra', 'token')],
  namesText: "DEEPINFRA_API_KEY or DEEPINFRA_TOKEN",
  keywords: ["deepinfra"],
  value: base62(32),
  contexts: ["DEEPINFRA_API_KEY={}", "\"deepinfraToken\": \"{}\""],
});
