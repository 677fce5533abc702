import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerBase32 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'onesignal-rest-api-key',
  what: "OneSignal REST API key (v2)",
  prefixes: ["os_v2_app_", "os_v2_org_"],
  body: lowerBase32(40, 200),
  contexts: ["ONESIGNAL_REST_API_KEY={}", "Authorization: Key {}"],
  note: "app or organization key",
});
