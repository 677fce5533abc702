import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';
import { HEX, fake } from '../lib/sample.js';

export default prefixedBareDetector({
  id: 'elevenlabs-api-key',
  what: "ElevenLabs API key",
  prefixes: ["sk_"],
  body: lowerHex(48),
  trigger: String.raw`sk_[0-9a-f]{8}`,
  contexts: ["ELEVENLABS_API_KEY={}", "\"xi-api-key\": \"{}\""],
  negatives: [`sk_${fake("eleven-upper", 48, HEX).toUpperCase()}`, `sk_live_${fake("eleven-stripe", 40, HEX)}`],
});
