import { bareTokenDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { HEX, fake } from '../lib/sample.js';
import { uuidOf } from '../lib/value-shape.js';

/** fal.ai API keys are a key id (a UUID), `:` and a 32-hex secret; the pair is distinctive enough to find bare. */
export default bareTokenDetector({
  id: 'fal-api-key',
  description: 'fal.ai API key: a UUID key id + : + 32 lower-case hex characters',
  // Starts one character before the `:`. Started at the UUID's last dash (`-[0-9a-f]{12}:`), it followed every
  // UUID of a line (request ids) through 12 characters and cost about 10% of the prefilter's pass on a clean
  // agent line (benchmarks/prefilter-leave-one-out.ts); a hex character right before `:` is rare in logs.
  trigger: String.raw`[0-9a-f]:[0-9a-f]{8}`,
  token: String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(?P<secret>[0-9a-f]{32})`,
  chars: '0-9A-Za-z',
  make: (seed) => `${uuidOf(`${seed}-id`)}:${fake(seed, 32, HEX)}`,
  contexts: ['FAL_KEY={}', 'Authorization: Key {}'],
  validate: (secret) => !looksFake(secret),
  negatives: [`${uuidOf('fal-n')}:${'0'.repeat(32)}`, `${uuidOf('fal-n2')}:${fake('fal-short', 16, HEX)}`, `request_id=${uuidOf('fal-n3')}`],
});
