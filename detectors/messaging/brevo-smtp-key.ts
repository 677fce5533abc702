import { prefixedBareDetector } from '../lib/bare-token.js';
import { brevoBody } from '../lib/brevo.js';

export default prefixedBareDetector({
  id: 'brevo-smtp-key',
  what: "Brevo (Sendinblue) SMTP key",
  prefixes: ["xsmtpsib-"],
  body: brevoBody,
  contexts: ["SMTP_PASSWORD={}", "smtp-relay.brevo.com:587 login relay@acme.dev password {}"],
});
