import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { trelloToken } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'trello-api-token',
  what: "Trello API token",
  names: [words('trello', 'api?', 'token'), words('trello', 'secret')],
  namesText: "TRELLO_TOKEN or TRELLO_API_TOKEN",
  keywords: ["trello"],
  value: trelloToken,
  contexts: ["TRELLO_TOKEN={}", "\"trelloApiToken\": \"{}\""],
});
