import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'flagsmith-server-key',
  what: "Flagsmith server-side environment key",
  prefixes: ["ser."],
  body: base62(22),
  trigger: String.raw`ser\.[A-Za-z0-9]{22}`,
  contexts: ["FLAGSMITH_ENVIRONMENT_KEY={}", "Flagsmith(environment_key=\"{}\")"],
  negatives: ["user.preferences.notifications.enabled"],
});
