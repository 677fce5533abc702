import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'mailjet-secret-key',
  what: "Mailjet secret key",
  names: [words('mj', 'apikey', 'private'), words('mailjet', 'secret', 'key?'), words('mailjet', 'api', 'secret'), words('mailjet', 'private', 'key')],
  namesText: "MJ_APIKEY_PRIVATE or MAILJET_SECRET_KEY",
  keywords: ["mj_apikey", "mjapikey", "mj-apikey", "mailjet"],
  value: hex(32),
  contexts: ["MJ_APIKEY_PRIVATE={}", "MAILJET_SECRET_KEY={}"],
});
