import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'clojars-deploy-token',
  what: 'Clojars deploy token',
  prefixes: ['CLOJARS_'],
  body: lowerAlnum(60),
  note: 'the prefix is upper case as issued; CLOJARS_USERNAME and other variable names are not tokens',
  contexts: ['CLOJARS_PASSWORD={}', ':deploy-repositories [["clojars" {:username "ci" :password "{}"}]]'],
  negatives: ['CLOJARS_USERNAME=ci-bot'],
});
