import { defineDetector } from '../../src/engine/detector.js';
import { luhn } from '../../src/validators/luhn.js';
import { idNumberPattern, idNumberTrigger, labelledOrFormatted } from '../lib/id-number.js';
import { DIGITS, fake, withLuhn } from '../lib/sample.js';

/**
 * Canadian Social Insurance Number: nine digits with a Luhn check digit, `123-456-782` or `123 456 782`; nine bare
 * digits only after a sin / social insurance number label (or the French NAS). The first digit is never 0 or 8.
 */
const FORMATTED = String.raw`[1-79][0-9]{2}-[0-9]{3}-[0-9]{3}|[1-79][0-9]{2} [0-9]{3} [0-9]{3}`;
const LABEL = String.raw`sin|social[ _-]?insurance(?:[ _-]?(?:number|num|no))?|nas|num[ée]ro d'assurance sociale`;

function validSin(secret: string, context: { readonly groups: readonly (string | undefined)[] }): boolean {
  if (!labelledOrFormatted(secret, context.groups)) return false;
  const digits = secret.replace(/[^0-9]/g, '');
  return !/^[08]/.test(digits) && !/^(\d)\1+$/.test(digits) && luhn(digits);
}


const sin = (seed: string, first: string): string => withLuhn(first + fake(seed, 7, DIGITS));
const group = (number: string, separator: string): string => [number.slice(0, 3), number.slice(3, 6), number.slice(6)].join(separator);
const valid = sin('sin-1', '1');
const badLuhn = valid.slice(0, -1) + String((Number(valid.slice(-1)) + 1) % 10);

export default defineDetector({
  id: 'ca-sin',
  description:
    'Canadian Social Insurance Number: 123-456-782 or 123 456 782, or 9 bare digits after a sin / social insurance ' +
    'number / NAS label; Luhn check digit, first digit not 0 or 8',
  category: 'pii',
  trigger: idNumberTrigger(LABEL, String.raw`[0-9]{3}[- ][0-9]{3}[- ][0-9]{3}`),
  pattern: idNumberPattern(LABEL, FORMATTED, '[1-79][0-9]{8}'),
  validate: validSin,
  priority: 40,
  samples: {
    positive: [
      group(valid, '-'),
      group(sin('sin-2', '4'), ' '),
      `SIN: ${sin('sin-3', '9')}`,
      `"social_insurance_number":"${group(sin('sin-4', '2'), '-')}"`,
    ],
    negative: [
      group(badLuhn, '-'),
      badLuhn,
      `id ${valid}`,
      group(withLuhn('0' + fake('sin-n1', 7, DIGITS)), '-'),
      group(withLuhn('8' + fake('sin-n2', 7, DIGITS)), ' '),
      '415-555-0132',
      `${group(valid, '-')}-12`,
      'using 123456782 bytes',
      `${group(valid, '-').slice(0, 7)} ${valid.slice(6)}`,
    ],
  },
});
