import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { upperAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'alpha-vantage-api-key',
  what: 'Alpha Vantage API key',
  names: [words('alpha', 'vantage', 'api?', 'key'), words('alphavantage', 'api?', 'key')],
  namesText: 'ALPHA_VANTAGE_API_KEY or ALPHAVANTAGE_KEY',
  keywords: ['alphavantage', 'alpha_vantage', 'alpha-vantage', 'alpha.vantage'],
  value: upperAlnum(16),
  contexts: ['ALPHA_VANTAGE_API_KEY={}', '"alphaVantageKey": "{}"'],
});
