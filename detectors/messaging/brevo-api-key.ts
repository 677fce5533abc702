import { prefixedBareDetector } from '../lib/bare-token.js';
import { brevoBody } from '../lib/brevo.js';

export default prefixedBareDetector({
  id: 'brevo-api-key',
  what: "Brevo (Sendinblue) API v3 key",
  prefixes: ["xkeysib-"],
  body: brevoBody,
  contexts: ["BREVO_API_KEY={}", "\"api-key\": \"{}\""],
});
