import { prefixedBareDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { HEX, fake } from '../lib/sample.js';
import type { ValueShape } from '../lib/value-shape.js';

/** Flutterwave secret keys: `FLWSECK-` (live) or `FLWSECK_TEST-` + 32 hex + `-X`. */
const body: ValueShape = {
  pattern: '[0-9a-fA-F]{32}-X',
  chars: '0-9A-Za-z-',
  name: '32 hex characters and -X',
  make: (seed) => `${fake(seed, 32, HEX)}-X`,
  valid: (value) => !looksFake(value.slice(0, 32)),
  short: (seed) => `${fake(seed, 20, HEX)}-X`,
  alphabet: HEX,
};

export default prefixedBareDetector({
  id: 'flutterwave-secret-key',
  what: 'Flutterwave secret key, live or test',
  prefixes: ['FLWSECK_TEST-', 'FLWSECK-'],
  body,
  contexts: ['FLW_SECRET_KEY={}', 'Authorization: Bearer {}'],
  negatives: [`FLWPUBK_TEST-${fake('flw-pub', 32, HEX)}-X`],
});
