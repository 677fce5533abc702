import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'sumologic-access-key',
  what: "Sumo Logic access key",
  names: [words('sumo', 'logic?', 'access', 'key')],
  namesText: "SUMO_ACCESS_KEY or sumologic_access_key",
  keywords: ["sumo"],
  value: base62(64),
  contexts: ["SUMO_ACCESS_KEY={}", "\"sumologicAccessKey\": \"{}\""],
});
