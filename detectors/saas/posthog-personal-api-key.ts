import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'posthog-personal-api-key',
  what: "PostHog personal API key",
  prefixes: ["phx_"],
  body: base62(40, 60),
  contexts: ["POSTHOG_PERSONAL_API_KEY={}", "Authorization: Bearer {}"],
});
