import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'posthog-project-api-key',
  what: "PostHog project API key (client-side, but it writes events to the project)",
  prefixes: ["phc_"],
  body: base62(43),
  contexts: ["posthog.init('{}', { api_host: 'https://us.i.posthog.com' })", "POSTHOG_KEY={}"],
});
