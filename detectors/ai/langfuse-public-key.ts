import { prefixedBareDetector } from '../lib/bare-token.js';
import { UUID } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'langfuse-public-key',
  what: "Langfuse public key (half of the Basic auth pair)",
  prefixes: ["pk-lf-"],
  body: UUID,
  contexts: ["LANGFUSE_PUBLIC_KEY={}", "Langfuse(public_key=\"{}\")"],
});
