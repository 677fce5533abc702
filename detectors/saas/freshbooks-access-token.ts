import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'freshbooks-access-token',
  what: "FreshBooks access token",
  names: [words('freshbooks', 'access?', 'token'), words('freshbooks', 'api?', 'key')],
  namesText: "FRESHBOOKS_ACCESS_TOKEN",
  keywords: ['freshbooks'],
  value: base62(40, 80),
  contexts: ["FRESHBOOKS_ACCESS_TOKEN={}", "\"freshbooksToken\": \"{}\""],
});
