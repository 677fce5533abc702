import { bareTokenDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { uuidOf } from '../lib/value-shape.js';

/** LaunchDarkly issues its keys as a kind prefix and a lower-case UUID; the prefix makes them distinctive bare. */
export default bareTokenDetector({
  id: 'launchdarkly-access-token',
  description: 'LaunchDarkly API access token (REST API, Authorization header): api- + a lower-case UUID',
  // `api-` alone is a common word part (hostnames, package names): the trigger also needs the UUID's first group.
  trigger: String.raw`api-[0-9a-f]{8}-`,
  token: String.raw`api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
  chars: '0-9A-Za-z_-',
  make: (seed) => `api-${uuidOf(seed)}`,
  contexts: ['LAUNCHDARKLY_API_KEY={}', '"Authorization": "{}"'],
  negatives: [
    'api-00000000-0000-0000-0000-000000000000',
    `api-${uuidOf('launchdarkly-access-token-upper').toUpperCase()}`,
    `api-${uuidOf('launchdarkly-access-token-short').slice(0, 23)}`,
    `myapi-${uuidOf('launchdarkly-access-token-word')}`,
    `request_id=${uuidOf('launchdarkly-access-token-plain')}`,
  ],
  validate: (secret) => !looksFake(secret.slice(4).replace(/-/g, '')),
});
