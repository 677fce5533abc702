import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'drone-ci-token',
  what: "Drone CI personal token",
  names: [words('drone', 'token'), words('drone', 'access', 'token'), words('drone', 'api', 'token')],
  namesText: "DRONE_TOKEN",
  keywords: ['drone'],
  value: base62(32),
  contexts: ["DRONE_TOKEN={}", "export DRONE_ACCESS_TOKEN={}"],
});
