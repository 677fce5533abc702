import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'mattermost-access-token',
  what: "Mattermost personal access or bot token",
  names: [words('mattermost', 'access?', 'token'), words('mattermost', 'bot', 'token'), words('mattermost', 'api?', 'key')],
  namesText: "MATTERMOST_TOKEN or MATTERMOST_ACCESS_TOKEN",
  keywords: ['mattermost'],
  value: lowerAlnum(26),
  contexts: ["MATTERMOST_ACCESS_TOKEN={}", "\"mattermostToken\": \"{}\""],
});
