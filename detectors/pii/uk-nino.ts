import { defineDetector } from '../../src/engine/detector.js';
import { DIGITS, fake } from '../lib/sample.js';

/**
 * UK National Insurance number: two prefix letters, six digits, a suffix letter A-D (`AB 12 34 56 C`, `AB123456C`).
 * HMRC never uses D, F, I, Q, U or V as either prefix letter, nor O as the second, and does not allocate the
 * prefixes BG, GB, KN, NK, NT, TN and ZZ; the example prefix QQ is therefore never matched. Spacing must be all
 * pairs or none.
 */
const FIRST = '[A-CEGHJ-PR-TW-Z]';
const SECOND = '[A-CEGHJ-NPR-TW-Z]';
const UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

function validNino(secret: string): boolean {
  if (UNALLOCATED.has(secret.slice(0, 2))) return false;
  const spaces = (secret.match(/ /g) ?? []).length;
  return spaces === 0 || spaces === 4;
}

export default defineDetector({
  id: 'uk-nino',
  description:
    'UK National Insurance number (AB 12 34 56 C or AB123456C): prefix letters as HMRC allocates them (no D, F, I, Q, ' +
    'U, V; no O second; not BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A-D',
  category: 'pii',
  trigger: String.raw`[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]`,
  pattern: String.raw`(?:^|[^0-9A-Za-z]|\\[nrt])(?P<secret>${FIRST}${SECOND}(?: ?[0-9]{2}){3} ?[A-D])\b`,
  validate: validNino,
  priority: 40,
  samples: {
    positive: [
      `JG${fake('nino-1', 6, DIGITS)}A`,
      `AB ${fake('nino-2a', 2, DIGITS)} ${fake('nino-2b', 2, DIGITS)} ${fake('nino-2c', 2, DIGITS)} C`,
      `"ni_number":"ZX${fake('nino-3', 6, DIGITS)}D"`,
      `NINO: ON${fake('nino-4', 6, DIGITS)}B`,
    ],
    negative: [
      'QQ123456C',
      'QQ 12 34 56 C',
      'GB123456A',
      'ZZ123456B',
      'AD123456A',
      'DA123456A',
      'AO123456A',
      'AB123456E',
      'AB 123456 C',
      'AB12 34 56C',
      'ab123456c',
      'XAB123456C',
      'AB1234567C',
    ],
  },
});
