import { bareTokenDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { uuidOf } from '../lib/value-shape.js';

/** LaunchDarkly issues its keys as a kind prefix and a lower-case UUID; the prefix makes them distinctive bare. */
export default bareTokenDetector({
  id: 'launchdarkly-mobile-key',
  description: 'LaunchDarkly mobile SDK key: mob- + a lower-case UUID',
  // `mob-` alone is a common word part (hostnames, package names): the trigger also needs the UUID's first group.
  trigger: String.raw`mob-[0-9a-f]{8}-`,
  token: String.raw`mob-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
  chars: '0-9A-Za-z_-',
  make: (seed) => `mob-${uuidOf(seed)}`,
  contexts: ['LAUNCHDARKLY_MOB_KEY={}', '"Authorization": "{}"'],
  negatives: [
    'mob-00000000-0000-0000-0000-000000000000',
    `mob-${uuidOf('launchdarkly-mobile-key-upper').toUpperCase()}`,
    `mob-${uuidOf('launchdarkly-mobile-key-short').slice(0, 23)}`,
    `mymob-${uuidOf('launchdarkly-mobile-key-word')}`,
    `request_id=${uuidOf('launchdarkly-mobile-key-plain')}`,
  ],
  validate: (secret) => !looksFake(secret.slice(4).replace(/-/g, '')),
});
