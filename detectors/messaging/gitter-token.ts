import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'gitter-token',
  what: "Gitter access token",
  names: [words('gitter', 'access?', 'token'), words('gitter', 'api?', 'key')],
  namesText: "GITTER_TOKEN",
  keywords: ['gitter'],
  value: hex(40),
  contexts: ["GITTER_TOKEN={}", "\"gitterAccessToken\": \"{}\""],
});
