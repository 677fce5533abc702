import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'livekit-api-secret',
  what: "LiveKit API secret",
  names: [words('livekit', 'api', 'secret'), words('livekit', 'secret')],
  namesText: "LIVEKIT_API_SECRET",
  keywords: ["livekit"],
  value: base62(32, 64),
  contexts: ["LIVEKIT_API_SECRET={}", "\"livekitApiSecret\": \"{}\""],
});
