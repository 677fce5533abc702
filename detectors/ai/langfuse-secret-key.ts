import { prefixedBareDetector } from '../lib/bare-token.js';
import { UUID } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'langfuse-secret-key',
  what: "Langfuse secret key",
  prefixes: ["sk-lf-"],
  body: UUID,
  contexts: ["LANGFUSE_SECRET_KEY={}", "Langfuse(secret_key=\"{}\")"],
});
