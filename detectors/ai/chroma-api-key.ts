import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { chromaKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'chroma-api-key',
  what: "Chroma Cloud API key",
  names: [words('chroma', 'api', 'key'), words('chroma', 'token'), words('chroma', 'client', 'auth', 'credentials')],
  namesText: "CHROMA_API_KEY or CHROMA_CLIENT_AUTH_CREDENTIALS",
  keywords: ["chroma"],
  value: chromaKey,
  contexts: ["CHROMA_API_KEY={}", "\"chromaApiKey\": \"{}\""],
});
