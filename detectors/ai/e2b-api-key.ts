import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'e2b-api-key',
  what: "E2B API key",
  prefixes: ["e2b_"],
  body: lowerHex(40),
  contexts: ["E2B_API_KEY={}", "Sandbox.create({ apiKey: \"{}\" })"],
});
