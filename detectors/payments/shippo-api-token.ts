import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'shippo-api-token',
  what: "Shippo API token, live or test",
  prefixes: ["shippo_live_", "shippo_test_"],
  body: lowerHex(40),
  contexts: ["SHIPPO_API_KEY={}", "Authorization: ShippoToken {}"],
});
