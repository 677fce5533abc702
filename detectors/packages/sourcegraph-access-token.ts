import { prefixedBareDetector } from '../lib/bare-token.js';
import { sourcegraphBody } from '../lib/sourcegraph.js';

export default prefixedBareDetector({
  id: 'sourcegraph-access-token',
  what: "Sourcegraph access token",
  prefixes: ["sgp_"],
  body: sourcegraphBody,
  contexts: ["SRC_ACCESS_TOKEN={}", "Authorization: token {}"],
});
