import { LOWER_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';

export default prefixedTokenDetector({
  id: 'buildkite-api-token',
  what: 'Buildkite user API access token',
  prefix: 'bkua_',
  length: 40,
  alphabet: LOWER_HEX,
  contexts: ['BUILDKITE_API_TOKEN={}', 'curl -H "Authorization: Bearer {}" https://api.buildkite.com/v2/user'],
  negatives: ['BUILDKITE_API_TOKEN=${BUILDKITE_API_TOKEN}'],
});
