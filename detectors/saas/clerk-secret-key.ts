import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { clerkKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'clerk-secret-key',
  what: "Clerk secret key (sk_live_/sk_test_, shared with Stripe: bare it is reported as stripe-secret-key)",
  names: [words('clerk', 'secret', 'key'), words('clerk', 'api', 'key')],
  namesText: "CLERK_SECRET_KEY",
  keywords: ["clerk"],
  value: clerkKey,
  contexts: ["CLERK_SECRET_KEY={}", "\"clerkSecretKey\": \"{}\""],
});
