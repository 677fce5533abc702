import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'finicity-credential',
  what: "Finicity (Mastercard Open Banking) app key or partner secret",
  names: [words('finicity', 'app', 'key'), words('finicity', 'api?', 'key'), words('finicity', 'partner', 'secret'), words('finicity', 'secret')],
  namesText: "FINICITY_APP_KEY or FINICITY_PARTNER_SECRET",
  keywords: ['finicity'],
  value: base62(20, 32),
  contexts: ["FINICITY_APP_KEY={}", "\"finicityPartnerSecret\": \"{}\""],
});
