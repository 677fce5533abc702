import { looksFake } from './checks.js';
import { ALNUM, HEX, fake } from './sample.js';
import type { ValueShape } from './value-shape.js';

/** The body of Brevo API and SMTP keys (after `xkeysib-` / `xsmtpsib-`): 64 lower-case hex, `-`, 16 alphanumerics. */
export const brevoBody: ValueShape = {
  pattern: '[0-9a-f]{64}-[0-9A-Za-z]{16}',
  chars: '0-9A-Za-z-',
  name: '64 lower-case hex characters, - and 16 alphanumerics',
  make: (seed) => `${fake(`${seed}-h`, 64, HEX)}-${fake(`${seed}-t`, 16, ALNUM)}`,
  valid: (body) => !looksFake(body.slice(0, 64)) && !looksFake(body.slice(65)),
  short: (seed) => `${fake(`${seed}-h`, 40, HEX)}-${fake(`${seed}-t`, 16, ALNUM)}`,
  alphabet: HEX,
  max: 81,
};
