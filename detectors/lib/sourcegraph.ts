import { looksFake } from './checks.js';
import { HEX, fake } from './sample.js';
import type { ValueShape } from './value-shape.js';

/**
 * The body of Sourcegraph access tokens (after `sgp_`): 40 hex, optionally after a 16-hex instance identifier and
 * `_` (`sgp_<16 hex>_<40 hex>`), or after `local_` for a self-hosted instance. Sourcegraph issues lower case, but
 * its server reads the hex with Go's hex decoder, which takes either case: `sgp_0D69…` authenticates the same.
 */
export const sourcegraphBody: ValueShape = {
  pattern: '(?:[0-9a-fA-F]{16}_|local_)?[0-9a-fA-F]{40}',
  chars: '0-9A-Za-z',
  name: 'an optional 16-hex instance id and _, then 40 hex characters (issued lower-case, read in either case)',
  make: (seed) => `${fake(`${seed}-i`, 16, HEX)}_${fake(`${seed}-t`, 40, HEX)}`,
  valid: (body) => !looksFake(body.slice(-40)),
  short: (seed) => fake(seed, 32, HEX),
  alphabet: HEX,
  max: 57,
};
