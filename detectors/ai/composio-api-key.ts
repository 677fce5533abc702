import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'composio-api-key',
  what: "Composio API key",
  names: [words('composio', 'api', 'key')],
  namesText: "COMPOSIO_API_KEY",
  keywords: ["composio"],
  value: base64url(20, 64),
  contexts: ["COMPOSIO_API_KEY={}", "\"composioApiKey\": \"{}\""],
});
