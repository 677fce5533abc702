import { bareTokenDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { uuidOf } from '../lib/value-shape.js';

/** LaunchDarkly issues its keys as a kind prefix and a lower-case UUID; the prefix makes them distinctive bare. */
export default bareTokenDetector({
  id: 'launchdarkly-sdk-key',
  description: 'LaunchDarkly server-side SDK key: sdk- + a lower-case UUID',
  // `sdk-` alone is a common word part (hostnames, package names): the trigger also needs the UUID's first group.
  trigger: String.raw`sdk-[0-9a-f]{8}-`,
  token: String.raw`sdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
  chars: '0-9A-Za-z_-',
  make: (seed) => `sdk-${uuidOf(seed)}`,
  contexts: ['LAUNCHDARKLY_SDK_KEY={}', '"Authorization": "{}"'],
  negatives: [
    'sdk-00000000-0000-0000-0000-000000000000',
    `sdk-${uuidOf('launchdarkly-sdk-key-upper').toUpperCase()}`,
    `sdk-${uuidOf('launchdarkly-sdk-key-short').slice(0, 23)}`,
    `mysdk-${uuidOf('launchdarkly-sdk-key-word')}`,
    `request_id=${uuidOf('launchdarkly-sdk-key-plain')}`,
  ],
  validate: (secret) => !looksFake(secret.slice(4).replace(/-/g, '')),
});
