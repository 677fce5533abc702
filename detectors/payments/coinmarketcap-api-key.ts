import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { UUID } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'coinmarketcap-api-key',
  what: 'CoinMarketCap API key',
  names: [words('coinmarketcap', 'pro?', 'api?', 'key'), words('cmc', 'pro', 'api', 'key')],
  namesText: 'COINMARKETCAP_API_KEY or the X-CMC_PRO_API_KEY header',
  keywords: ['coinmarketcap', 'cmc_pro', 'cmc-pro', 'cmcpro', 'cmc.pro'],
  value: UUID,
  contexts: ['COINMARKETCAP_API_KEY={}', 'X-CMC_PRO_API_KEY: {}'],
});
