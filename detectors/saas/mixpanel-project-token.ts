import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'mixpanel-project-token',
  what: "Mixpanel project token (client-side, but it writes events to the project)",
  names: [words('mixpanel', 'project?', 'token')],
  namesText: "MIXPANEL_TOKEN or MIXPANEL_PROJECT_TOKEN",
  keywords: ["mixpanel"],
  value: hex(32),
  contexts: ["MIXPANEL_TOKEN={}", "\"mixpanelProjectToken\": \"{}\""],
});
