import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'mailersend-api-token',
  what: 'MailerSend API token',
  prefixes: ['mlsn.'],
  body: lowerHex(64),
  contexts: ['MAILERSEND_API_KEY={}', 'Authorization: Bearer {}'],
});
