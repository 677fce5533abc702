import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'ipinfo-token',
  what: 'IPinfo access token',
  names: [words('ipinfo', 'api?', 'token'), words('ipinfo', 'api?', 'key'), words('ipinfo', 'access', 'token')],
  namesText: 'IPINFO_TOKEN or ipinfoApiKey',
  keywords: ['ipinfo'],
  value: lowerHex(14),
  contexts: ['IPINFO_TOKEN={}', '"ipinfoApiKey": "{}"'],
});
