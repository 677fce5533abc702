import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'writer-api-key',
  what: "Writer API key",
  names: [words('writer', 'api', 'key')],
  namesText: "WRITER_API_KEY",
  keywords: ["writer_api", "writer-api", "writerapi", "writer.api"],
  value: base64url(32, 64),
  contexts: ["WRITER_API_KEY={}", "\"writerApiKey\": \"{}\""],
});
