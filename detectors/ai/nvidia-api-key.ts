import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'nvidia-api-key',
  what: "NVIDIA API key (build.nvidia.com, NIM)",
  prefixes: ["nvapi-"],
  body: base64url(64),
  contexts: ["NVIDIA_API_KEY={}", "Authorization: Bearer {}"],
});
