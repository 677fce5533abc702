import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'statsig-server-secret',
  what: "Statsig server secret key",
  prefixes: ["secret-"],
  body: base62(30, 50),
  trigger: String.raw`secret-[A-Za-z0-9]{30}`,
  contexts: ["STATSIG_SERVER_SECRET={}", "Statsig.initialize(\"{}\")"],
  negatives: ["secret-manager-credentials-rotation-policy-v2"],
});
