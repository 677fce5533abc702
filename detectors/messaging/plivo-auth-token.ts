import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'plivo-auth-token',
  what: 'Plivo auth token',
  names: [words('plivo', 'auth', 'token'), words('plivo', 'token')],
  namesText: 'PLIVO_AUTH_TOKEN or plivoAuthToken',
  keywords: ['plivo'],
  value: base62(40),
  contexts: ['PLIVO_AUTH_TOKEN={}', '"plivoAuthToken": "{}"'],
});
