import { defineDetector } from '../../src/engine/detector.js';
import { idNumberPattern, idNumberTrigger, labelledOrFormatted } from '../lib/id-number.js';
import { DIGITS, fake } from '../lib/sample.js';

/**
 * US Social Security Number: area-group-serial, `123-45-6789` or `123 45 6789`; nine bare digits only after a label
 * (ssn, social security number). Valid ranges only: area not 000, 666 or 900-999 (9xx are ITINs), group not 00,
 * serial not 0000; numbers published as examples (078-05-1120, 219-09-9999, 123-45-6789) are skipped.
 */
const FORMATTED = String.raw`[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}`;
const LABEL = String.raw`ssn|social[ _-]?security(?:[ _-]?(?:number|num|no))?`;
const EXAMPLES = new Set(['078051120', '219099999', '123456789']);

function validSsn(secret: string, context: { readonly groups: readonly (string | undefined)[] }): boolean {
  if (!labelledOrFormatted(secret, context.groups)) return false;
  const digits = secret.replace(/[^0-9]/g, '');
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  return !EXAMPLES.has(digits);
}

const ssn = (seed: string, separator: string): string =>
  [`${fake(`${seed}-a`, 1, '2345678')}${fake(`${seed}-b`, 2, DIGITS)}`, `${fake(`${seed}-g`, 1, '123456789')}${fake(`${seed}-h`, 1, DIGITS)}`, `${fake(`${seed}-s`, 1, '123456789')}${fake(`${seed}-t`, 3, DIGITS)}`].join(separator);

export default defineDetector({
  id: 'us-ssn',
  description:
    'US Social Security Number: 123-45-6789 or 123 45 6789, or 9 bare digits after an ssn / social security number label; ' +
    'area (not 000, 666, 9xx), group (not 00) and serial (not 0000) ranges are checked',
  category: 'pii',
  trigger: idNumberTrigger(LABEL, String.raw`[0-9]{3}[- ][0-9]{2}[- ][0-9]{4}`),
  pattern: idNumberPattern(LABEL, FORMATTED, '[0-9]{9}'),
  validate: validSsn,
  priority: 40,
  samples: {
    positive: [
      ssn('ssn-1', '-'),
      ssn('ssn-2', ' '),
      `ssn=${ssn('ssn-3', '')}`,
      `"SSN":"${ssn('ssn-4', '')}"`,
      `Social Security Number: ${ssn('ssn-5', '-')}`,
      `applicant_ssn is ${ssn('ssn-6', '')}`,
    ],
    negative: [
      '000-12-3456',
      '666-12-3456',
      '912-70-3456',
      '234-00-5678',
      '234-56-0000',
      '123-45-6789',
      '078-05-1120',
      '234-56 7890',
      'id 234567890',
      'order 234567890 shipped',
      '1732370400',
      '2024-01-15',
      '415-555-0132',
      'ssn_count: 3',
      'classname 234567890',
      'v234-56-7890',
      'ORD-234-56-7890',
      '234-56-7890-12',
    ],
  },
});
