import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'todoist-api-token',
  what: 'Todoist API token',
  names: [words('todoist', 'api?', 'token'), words('todoist', 'api', 'key')],
  namesText: 'TODOIST_API_TOKEN or todoistApiKey',
  keywords: ['todoist'],
  value: lowerHex(40),
  contexts: ['TODOIST_API_TOKEN={}', '"todoistApiKey": "{}"'],
});
