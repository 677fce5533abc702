import { ANY_CASE_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';

export default prefixedTokenDetector({
  id: 'new-relic-browser-key',
  what: 'New Relic browser (JavaScript agent) license key',
  prefix: 'NRJS-',
  length: 19,
  alphabet: ANY_CASE_HEX,
  contexts: ['licenseKey: "{}"', 'NEW_RELIC_BROWSER_KEY={}'],
  negatives: ['${NEW_RELIC_BROWSER_KEY}'],
});
