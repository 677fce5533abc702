import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'mailjet-api-key',
  what: "Mailjet API key (public half)",
  names: [words('mj', 'apikey', 'public'), words('mailjet', 'api', 'key'), words('mailjet', 'public', 'key')],
  namesText: "MJ_APIKEY_PUBLIC or MAILJET_API_KEY",
  keywords: ["mj_apikey", "mjapikey", "mj-apikey", "mailjet"],
  value: hex(32),
  contexts: ["MJ_APIKEY_PUBLIC={}", "MAILJET_API_KEY={}"],
});
