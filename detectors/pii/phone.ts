import { defineDetector } from '../../src/engine/detector.js';
import { DIGITS, fake } from '../lib/sample.js';

/**
 * Three written forms, never a bare digit run (epoch seconds, ids and order numbers are bare runs):
 * - international: `+` country code, 8-15 digits in all, single spaces, dots or dashes allowed between digits;
 * - North American with parentheses: `(415) 555-0132`, optionally `+1 ` before;
 * - North American with separators: `415-555-0132`, `415.555.0132`, optionally `1-` before.
 * NANP area codes and exchanges start with 2-9, which keeps `100.200.3000` style versions out.
 */
const INTERNATIONAL = String.raw`\+[1-9](?:[ .-]?[0-9]){7,14}`;
const NANP_PARENS = String.raw`(?:\+1[ .-]?)?\([2-9][0-9]{2}\)[ ]?[2-9][0-9]{2}[ .-][0-9]{4}`;
const NANP_PLAIN = String.raw`(?:1[.-])?[2-9][0-9]{2}[.-][2-9][0-9]{2}[.-][0-9]{4}`;

function plausiblePhone(secret: string): boolean {
  if (secret.includes('(')) return true; // (415) 555-0132: the pattern already fixed its shape
  if (secret.startsWith('+')) {
    const groups = secret.slice(1).split(/[ .-]/);
    // `+1 2 3 4 5 6 7 8` is a list, not a number: at most one single-digit group after the country code.
    if (groups.slice(1).filter((group) => group.length === 1).length > 1) return false;
    const separators = new Set(secret.match(/[ .-]/g) ?? []);
    return separators.size <= 1 && !/^\+?(\d)\1+$/.test(secret.replace(/[ .-]/g, ''));
  }
  // 415-555-0132 / 415.555.0132: one kind of separator throughout.
  return new Set(secret.match(/[.-]/g) ?? []).size === 1;
}

const d = (seed: string, length: number): string => fake(seed, length, DIGITS);

export default defineDetector({
  id: 'phone',
  description:
    'Phone number in a written form: E.164 or international with + (+14155550132, +44 20 7946 0958) and North American ' +
    '(415) 555-0132, 415-555-0132, 415.555.0132. Bare digit runs, dates, versions, IP addresses and times never match.',
  category: 'pii',
  digits: { min: 7, separated: true },
  pattern: String.raw`(?:^|[^0-9A-Za-z+._/-]|\\[nrt])(?P<secret>${INTERNATIONAL}|${NANP_PARENS}|${NANP_PLAIN})\b`,
  validate: plausiblePhone,
  priority: 40,
  samples: {
    positive: [
      `+14${d('ph-1', 9)}`,
      `+44 20 7${d('ph-2a', 3)} ${d('ph-2b', 4)}`,
      `(6${d('ph-3a', 2)}) 3${d('ph-3b', 2)}-${d('ph-3c', 4)}`,
      `7${d('ph-4a', 2)}-8${d('ph-4b', 2)}-${d('ph-4c', 4)}`,
      `5${d('ph-5a', 2)}.4${d('ph-5b', 2)}.${d('ph-5c', 4)}`,
      `+1 (9${d('ph-6a', 2)}) 2${d('ph-6b', 2)}-${d('ph-6c', 4)}`,
      `+1-(3${d('ph-9a', 2)}) 4${d('ph-9b', 2)}-${d('ph-9c', 4)}`,
      `+33 6 ${d('ph-7a', 2)} ${d('ph-7b', 2)} ${d('ph-7c', 2)} ${d('ph-7d', 2)}`,
      `"phone":"+49-30-${d('ph-8', 8)}"`,
    ],
    negative: [
      '2024-01-15',
      '1.2.3.4',
      '192.168.100.200',
      '12:30:45',
      '1700000000',
      '14155550132',
      '4155550132',
      'took 1234.5678 ms',
      '100.200.3000',
      'v10.415.5550',
      '2024-01-15T10:00:00+05:30',
      '123-456-7890',
      'ORD-415-555-0132',
      '+1 2 3 4 5 6 7 8',
      'build 1.0.0+20240115',
    ],
  },
});
