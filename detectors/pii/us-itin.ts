import { defineDetector } from '../../src/engine/detector.js';
import { idNumberPattern, idNumberTrigger, labelledOrFormatted } from '../lib/id-number.js';
import { DIGITS, fake } from '../lib/sample.js';

/**
 * US Individual Taxpayer Identification Number: nine digits shaped like an SSN, `9XX-GG-XXXX`, whose group digits
 * are 50-65, 70-88, 90-92 or 94-99 (the IRS ranges); nine bare digits only after an itin / taxpayer id label.
 */
const FORMATTED = String.raw`9[0-9]{2}-[5-9][0-9]-[0-9]{4}|9[0-9]{2} [5-9][0-9] [0-9]{4}`;
const LABEL = String.raw`itin|(?:individual[ _-]?)?taxpayer[ _-]?id(?:entification)?(?:[ _-]?(?:number|no))?`;

function validItin(secret: string, context: { readonly groups: readonly (string | undefined)[] }): boolean {
  if (!labelledOrFormatted(secret, context.groups)) return false;
  const digits = secret.replace(/[^0-9]/g, '');
  if (!digits.startsWith('9')) return false;
  const group = Number(digits.slice(3, 5));
  const inRange = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
  return inRange && digits.slice(5) !== '0000';
}

const itin = (seed: string, group: string, separator: string): string =>
  [`9${fake(`${seed}-a`, 2, DIGITS)}`, group, `${fake(`${seed}-s`, 1, '123456789')}${fake(`${seed}-t`, 3, DIGITS)}`].join(separator);

export default defineDetector({
  id: 'us-itin',
  description:
    'US ITIN (individual taxpayer identification number): 9XX-GG-XXXX with the group in 50-65, 70-88, 90-92 or 94-99, ' +
    'dashes or spaces, or 9 bare digits after an itin / taxpayer id label',
  category: 'pii',
  // The formatted part is the SSN's shape, not the narrower ITIN one: the same sub-pattern twice in the shared
  // prefilter adds no DFA states, while a second digit-run shape cost about 6% of every clean line (measured
  // with every default detector in one set). An SSN-shaped number now also runs this regex; the validator decides.
  trigger: idNumberTrigger(LABEL, String.raw`[0-9]{3}[- ][0-9]{2}[- ][0-9]{4}`),
  pattern: idNumberPattern(LABEL, FORMATTED, '9[0-9]{8}'),
  validate: validItin,
  priority: 40,
  samples: {
    positive: [
      itin('itin-1', '7' + fake('itin-1g', 1, '012345678'), '-'),
      itin('itin-2', '5' + fake('itin-2g', 1, DIGITS), ' '),
      `itin=${itin('itin-3', '9' + fake('itin-3g', 1, '456789'), '')}`,
      `"taxpayer_id_number": "${itin('itin-4', '6' + fake('itin-4g', 1, '012345'), '-')}"`,
    ],
    negative: ['912-93-4567', '912-66-4567', '912-89-4567', '912-49-4567', '912-70-0000', 'id 912704567', '812-70-4567', '9127-04-567'],
  },
});
