import { BASE62, prefixedTokenDetector } from '../lib/prefixed-token.js';

export default prefixedTokenDetector({
  id: 'npm-token',
  what: 'npm access token (granular or classic, new format)',
  prefix: 'npm_',
  length: 36,
  alphabet: BASE62,
  contexts: ['//registry.npmjs.org/:_authToken={}', 'NPM_TOKEN={}'],
  negatives: ['npm_config_registry=https://registry.npmjs.org/', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
});
