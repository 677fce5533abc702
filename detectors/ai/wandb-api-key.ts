import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { wandbKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'wandb-api-key',
  what: "Weights & Biases API key",
  names: [words('wandb', 'api', 'key'), words('wandb', 'key')],
  namesText: "WANDB_API_KEY",
  keywords: ["wandb"],
  value: wandbKey,
  contexts: ["WANDB_API_KEY={}", "\"wandbApiKey\": \"{}\""],
});
