import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'razorpay-key-id',
  what: "Razorpay key id, live or test (pairs with the key secret)",
  prefixes: ["rzp_live_", "rzp_test_"],
  body: base62(14),
  contexts: ["RAZORPAY_KEY_ID={}", "curl -u {}:secret https://api.razorpay.com/v1/orders"],
});
