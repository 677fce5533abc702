import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'vimeo-access-token',
  what: 'Vimeo personal access token',
  names: [words('vimeo', 'access?', 'token'), words('vimeo', 'api', 'key')],
  namesText: 'VIMEO_ACCESS_TOKEN or VIMEO_TOKEN',
  keywords: ['vimeo'],
  value: lowerHex(32),
  contexts: ['VIMEO_ACCESS_TOKEN={}', '"vimeoToken": "{}"'],
});
