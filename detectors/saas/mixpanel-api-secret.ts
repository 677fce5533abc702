import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'mixpanel-api-secret',
  what: "Mixpanel project API secret",
  names: [words('mixpanel', 'api?', 'secret'), words('mixpanel', 'service', 'account', 'secret')],
  namesText: "MIXPANEL_API_SECRET or MIXPANEL_SERVICE_ACCOUNT_SECRET",
  keywords: ["mixpanel"],
  value: base62(32),
  contexts: ["MIXPANEL_API_SECRET={}", "\"mixpanelServiceAccountSecret\": \"{}\""],
});
