import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'linkedin-client-secret',
  what: "LinkedIn OAuth client secret",
  names: [words('linkedin', 'client', 'secret'), words('linkedin', 'secret')],
  namesText: "LINKEDIN_CLIENT_SECRET",
  keywords: ['linkedin'],
  value: base62(16),
  contexts: ["LINKEDIN_CLIENT_SECRET={}", "\"linkedinClientSecret\": \"{}\""],
});
