import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { litellmKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'litellm-master-key',
  what: "LiteLLM proxy master or virtual key (sk- + a random body)",
  names: [words('litellm', 'master', 'key'), words('litellm', 'api', 'key'), words('litellm', 'virtual', 'key')],
  namesText: "LITELLM_MASTER_KEY or LITELLM_API_KEY",
  keywords: ["litellm"],
  value: litellmKey,
  contexts: ["LITELLM_MASTER_KEY={}", "\"litellmApiKey\": \"{}\""],
});
