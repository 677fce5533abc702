import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'typesense-api-key',
  what: "Typesense API key",
  names: [words('typesense', 'admin?', 'api', 'key')],
  namesText: "TYPESENSE_API_KEY or TYPESENSE_ADMIN_API_KEY",
  keywords: ["typesense"],
  value: base62(24, 64),
  contexts: ["TYPESENSE_API_KEY={}", "\"typesenseAdminApiKey\": \"{}\""],
});
