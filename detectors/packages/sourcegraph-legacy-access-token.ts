import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

/**
 * Sourcegraph access tokens created before the `sgp_` prefix: 40 hex characters, still accepted by the server.
 * Without the prefix a value is any SHA-1 digest, so it is only found after a Sourcegraph key name.
 */
export default keyedSecretDetector({
  id: 'sourcegraph-legacy-access-token',
  what: 'Sourcegraph access token without the sgp_ prefix',
  names: [words('src', 'access', 'token'), words('sourcegraph', 'access?', 'token'), 'sourcegraph'],
  namesText: 'SRC_ACCESS_TOKEN, SOURCEGRAPH_TOKEN or a sourcegraph key',
  keywords: ['sourcegraph', 'src_access_token', 'srcaccesstoken', 'src-access-token'],
  value: hex(40),
  contexts: ['SRC_ACCESS_TOKEN={}', 'sourcegraph: {}', '"sourcegraphAccessToken": "{}"'],
});
