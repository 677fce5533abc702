import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'modal-token-secret',
  what: "Modal token secret",
  prefixes: ["as-"],
  body: base62(22),
  trigger: String.raw`as-[A-Za-z0-9]{22}`,
  contexts: ["MODAL_TOKEN_SECRET={}", "modal token set --token-id ak-1a2b3c --token-secret {}"],
  note: "paired with an ak- token id",
});
