import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'infracost-api-key',
  what: 'Infracost API key',
  prefixes: ['ico-'],
  body: base62(32),
  // `ico-` ends words of CSS and file names (`favico-`, `ico-arrow`): the prefilter asks for body characters too.
  trigger: 'ico-[0-9A-Za-z]{8}',
  contexts: ['INFRACOST_API_KEY={}', 'infracost configure set api_key {}'],
  negatives: ['<i class="ico-arrow-right"></i>', 'favico-32x32.png'],
});
