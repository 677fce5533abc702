import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'razorpay-key-secret',
  what: "Razorpay key secret",
  names: [words('razorpay', 'key', 'secret'), words('razorpay', 'secret')],
  namesText: "RAZORPAY_KEY_SECRET",
  keywords: ["razorpay"],
  value: base62(24),
  contexts: ["RAZORPAY_KEY_SECRET={}", "\"razorpaySecret\": \"{}\""],
});
