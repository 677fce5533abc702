import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'typeform-pat',
  what: "Typeform personal access token",
  prefixes: ["tfp_"],
  body: base64url(40, 70),
  contexts: ["TYPEFORM_TOKEN={}", "Authorization: Bearer {}"],
});
