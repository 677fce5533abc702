import { ANY_CASE_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';
import { HEX, fake } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'sentry-user-token',
  what: 'Sentry user auth token',
  prefix: 'sntryu_',
  length: 64,
  alphabet: ANY_CASE_HEX,
  contexts: ['SENTRY_AUTH_TOKEN={}', 'Authorization: Bearer {}'],
  negatives: [`sntryu_${fake('sentry-user-short', 63, HEX)}`, `sntryu_${fake('sentry-user-long', 65, HEX)}`, '${SENTRY_AUTH_TOKEN}'],
});
