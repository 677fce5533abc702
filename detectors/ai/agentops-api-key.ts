import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { UUID } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'agentops-api-key',
  what: "AgentOps API key",
  names: [words('agentops', 'api', 'key')],
  namesText: "AGENTOPS_API_KEY",
  keywords: ["agentops"],
  value: UUID,
  contexts: ["AGENTOPS_API_KEY={}", "\"agentopsApiKey\": \"{}\""],
});
