import { LOWER_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';
import { HEX, fake } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'rubygems-api-key',
  what: 'RubyGems.org API key',
  prefix: 'rubygems_',
  length: 48,
  alphabet: LOWER_HEX,
  contexts: ['GEM_HOST_API_KEY={}', '---\n:rubygems_api_key: {}'],
  negatives: ['rubygems_api_key: ${GEM_HOST_API_KEY}', `rubygems_${fake('rubygems-upper', 48, HEX).toUpperCase()}`],
});
