import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'stream-api-secret',
  what: "Stream (GetStream) API secret",
  names: [words('stream', 'api', 'secret'), words('getstream', 'secret')],
  namesText: "STREAM_API_SECRET",
  keywords: ["stream_api_secret", "streamapisecret", "stream-api-secret", "getstream"],
  value: lowerAlnum(64),
  contexts: ["STREAM_API_SECRET={}", "\"streamApiSecret\": \"{}\""],
});
