import { defineDetector } from '../../src/engine/detector.js';
import { DIGITS, fake } from '../lib/sample.js';

/**
 * Written forms only, never a bare digit run (epoch seconds, ids and order numbers are bare runs):
 * - international: `+` country code, 8-15 digits in all, single spaces, dots or dashes allowed between digits,
 *   optionally with the UK/DE-style `(0)` after the country code (`+44 (0)20 7946 0958`);
 * - North American with parentheses: `(415) 555-0132`, optionally `+1 ` before;
 * - North American with separators: `415-555-0132`, `415.555.0132`, optionally `1-` before;
 * - national with a trunk 0: French pairs (`01 23 45 67 89`, `06.12.34.56.78`), and UK/German area code plus
 *   subscriber groups (`020 7946 0958`, `07700 900123`, `030 12345678`, `(089) 1234 5678`, `0151/23456789`).
 * NANP area codes and exchanges start with 2-9, which keeps `100.200.3000` style versions out; a national number
 * needs 10-12 digits and one kind of separator, and cannot follow `-`, `.` or `/`, which keeps the month and day
 * of `2024-01-15`, UUID groups (`…-0533-4f9d`) and paths out.
 */
const PREFIX = String.raw`(?:^|[^0-9A-Za-z+._/-]|\\[nrt])`;
const INTERNATIONAL = String.raw`\+[1-9](?:[ .-]?[0-9]){7,14}`;
const INTERNATIONAL_TRUNK = String.raw`\+[1-9][0-9]{0,2}[ ]?\(0\)[ ]?[0-9](?:[ .-]?[0-9]){5,12}`;
const NANP_PARENS = String.raw`(?:\+1[ .-]?)?\([2-9][0-9]{2}\)[ ]?[2-9][0-9]{2}[ .-][0-9]{4}`;
const NANP_PLAIN = String.raw`(?:1[.-])?[2-9][0-9]{2}[.-][2-9][0-9]{2}[.-][0-9]{4}`;
const NATIONAL_PAIRS = String.raw`0[1-9](?:[ .][0-9]{2}){4}`;
/** Two subscriber groups of 3-4 digits come first, so `020 7946 0958` is not cut to `020 7946`. */
const AREA = String.raw`(?:0[1-9][0-9]{1,4}|\(0[1-9][0-9]{1,4}\))`;
const NATIONAL = String.raw`${AREA}(?:(?: [0-9]{3,4}){2}|(?:-[0-9]{3,4}){2}|[ /-][0-9]{3,8})|\(0[1-9][0-9]{1,4}\)[0-9]{3,8}`;
const FORMS = [INTERNATIONAL_TRUNK, INTERNATIONAL, NANP_PARENS, NANP_PLAIN, NATIONAL_PAIRS, NATIONAL].join('|');

function plausibleInternational(secret: string): boolean {
  const number = secret.replace(/ ?\(0\) ?/, ' ');
  const groups = number.slice(1).split(/[ .-]/);
  // `+1 2 3 4 5 6 7 8` is a list, not a number: at most one single-digit group after the country code.
  if (groups.slice(1).filter((group) => group.length === 1).length > 1) return false;
  // The separator after the country code may differ from the rest: `+1 415-555-0132` is the usual US form.
  const afterCountryCode = number.slice(1).replace(/^[0-9]{1,3}[ .-]/, '');
  const separators = new Set(afterCountryCode.match(/[ .-]/g) ?? []);
  return separators.size <= 1 && !/^\+?(\d)\1+$/.test(number.replace(/[ .-]/g, ''));
}

function plausibleNational(secret: string): boolean {
  // `(030) 1234 5678`, `(030)12345678`: the parenthesised area code counts as followed by a space.
  const number = secret.replace(/^\((\d+)\) ?/, '$1 ');
  const digits = number.replace(/[^0-9]/g, '');
  if (digits.length < 10 || digits.length > 12 || /^0(\d)\1+$/.test(digits)) return false;
  // `01 02 03 04 05`: a hex dump or a list of small numbers, not French pairs (3+ of the 4 after the first start with 0).
  const pairs = number.split(/[ .]/);
  if (pairs.length === 5 && pairs.slice(1).filter((pair) => pair.startsWith('0')).length >= 3) return false;
  return new Set(number.match(/[^0-9]/g) ?? []).size <= 1;
}

function plausiblePhone(secret: string): boolean {
  if (secret.startsWith('+')) return secret.includes('(') && !secret.includes('(0)') ? true : plausibleInternational(secret);
  if (secret.startsWith('0') || secret.startsWith('(0')) return plausibleNational(secret);
  if (secret.includes('(')) return true; // (415) 555-0132: the pattern already fixed its shape
  // 415-555-0132 / 415.555.0132: one kind of separator throughout.
  return new Set(secret.match(/[.-]/g) ?? []).size === 1;
}

const d = (seed: string, length: number): string => fake(seed, length, DIGITS);

export default defineDetector({
  id: 'phone',
  description:
    'Phone number in a written form: E.164 or international with + (+14155550132, +44 20 7946 0958, +44 (0)20 7946 0958), ' +
    'North American (415) 555-0132, 415-555-0132, 415.555.0132, and national forms with a trunk 0 (UK 020 7946 0958, ' +
    '07700 900123; DE 030 12345678, (089) 1234 5678, 0151/23456789; FR 01 23 45 67 89). Bare digit runs, dates, ' +
    'versions, IP addresses, UUID groups and times never match.',
  category: 'pii',
  // The pattern without its boundary checks: dates and UUID groups (`2024-01-15`, `…-0533-4f9d`) satisfy a digit
  // run trigger but not this, so clean agent logs send nothing to confirmation.
  trigger: String.raw`${PREFIX}(?:${FORMS})`,
  pattern: String.raw`${PREFIX}(?P<secret>${FORMS})\b`,
  validate: plausiblePhone,
  priority: 40,
  samples: {
    positive: [
      `+14${d('ph-1', 9)}`,
      `+1 4${d('ph-us-a', 2)}-5${d('ph-us-b', 2)}-${d('ph-us-c', 4)}`,
      `+44 20 7${d('ph-2a', 3)} ${d('ph-2b', 4)}`,
      `(6${d('ph-3a', 2)}) 3${d('ph-3b', 2)}-${d('ph-3c', 4)}`,
      `7${d('ph-4a', 2)}-8${d('ph-4b', 2)}-${d('ph-4c', 4)}`,
      `5${d('ph-5a', 2)}.4${d('ph-5b', 2)}.${d('ph-5c', 4)}`,
      `+1 (9${d('ph-6a', 2)}) 2${d('ph-6b', 2)}-${d('ph-6c', 4)}`,
      `+1-(3${d('ph-9a', 2)}) 4${d('ph-9b', 2)}-${d('ph-9c', 4)}`,
      `+33 6 ${d('ph-7a', 2)} ${d('ph-7b', 2)} ${d('ph-7c', 2)} ${d('ph-7d', 2)}`,
      `"phone":"+49-30-${d('ph-8', 8)}"`,
      `+44 (0)20 7${d('ph-10a', 3)} ${d('ph-10b', 4)}`,
      `call 020 7${d('ph-11a', 3)} ${d('ph-11b', 4)} after 5pm`,
      `07700 9${d('ph-12', 5)}`,
      `0161 4${d('ph-13a', 2)} ${d('ph-13b', 4)}`,
      `Tel. 030 ${d('ph-14', 8)}`,
      `(089) 1${d('ph-15a', 3)} ${d('ph-15b', 4)}`,
      `0151/2${d('ph-16', 7)}`,
      `01 ${d('ph-17a', 2)} ${d('ph-17b', 2)} ${d('ph-17c', 2)} ${d('ph-17d', 2)}`,
      `06.${d('ph-18a', 2)}.${d('ph-18b', 2)}.${d('ph-18c', 2)}.${d('ph-18d', 2)}`,
    ],
    negative: [
      '2024-01-15',
      '2024-01-15 10:00:00',
      '1.2.3.4',
      '192.168.100.200',
      '12:30:45',
      '1700000000',
      '1732370400000',
      '14155550132',
      '4155550132',
      '02079460958',
      'took 1234.5678 ms',
      '100.200.3000',
      'v10.415.5550',
      '2024-01-15T10:00:00+05:30',
      '123-456-7890',
      'ORD-415-555-0132',
      '+1 2 3 4 5 6 7 8',
      'build 1.0.0+20240115',
      'req 5f2c9a10-0533-4f9d-a1b2-3c4d5e6f7a8b',
      'id 12345678-0533-4123-8123-012345678901',
      '01-15-2024',
      '15/01/2024 09:30',
      'v0.12.34.56.78',
      '/api/v1/030/12345678',
      '00000010  01 02 03 04 05 06 07 08',
      '0 items in 12 345 678 rows',
      '0000 0000 0000',
    ],
  },
});
