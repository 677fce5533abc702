import { defineDetector } from '../../src/engine/detector.js';
import { luhn } from '../../src/validators/luhn.js';
import { digitRange } from '../lib/digit-range.js';
import { DIGITS, fake, groupDigits, withLuhn } from '../lib/sample.js';

/**
 * Issuer ranges (IIN prefixes) and the lengths each issues. A number that passes Luhn but belongs to no issuer,
 * or has a length its issuer never uses, is an id, not a card.
 */
interface Issuer {
  readonly name: string;
  /** Prefix range, inclusive, over the first `digits` digits. */
  readonly from: number;
  readonly to: number;
  readonly digits: number;
  readonly lengths: readonly number[];
}

const ISSUERS: readonly Issuer[] = [
  { name: 'Visa', from: 4, to: 4, digits: 1, lengths: [13, 16, 19] },
  { name: 'Mastercard', from: 51, to: 55, digits: 2, lengths: [16] },
  { name: 'Mastercard 2-series', from: 2221, to: 2720, digits: 4, lengths: [16] },
  { name: 'Mir', from: 2200, to: 2204, digits: 4, lengths: [16, 17, 18, 19] },
  { name: 'American Express', from: 34, to: 34, digits: 2, lengths: [15] },
  { name: 'American Express', from: 37, to: 37, digits: 2, lengths: [15] },
  { name: 'Diners Club', from: 300, to: 305, digits: 3, lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'Diners Club', from: 36, to: 36, digits: 2, lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'Diners Club', from: 38, to: 39, digits: 2, lengths: [16, 17, 18, 19] },
  { name: 'JCB', from: 3528, to: 3589, digits: 4, lengths: [16, 17, 18, 19] },
  { name: 'Discover', from: 6011, to: 6011, digits: 4, lengths: [16, 17, 18, 19] },
  { name: 'Discover', from: 644, to: 649, digits: 3, lengths: [16, 17, 18, 19] },
  { name: 'Discover', from: 65, to: 65, digits: 2, lengths: [16, 17, 18, 19] },
  { name: 'UnionPay', from: 62, to: 62, digits: 2, lengths: [16, 17, 18, 19] },
];

/** Whether an unbroken digit run has an issuer's prefix and one of its lengths (exported for the trigger tests). */
export function issued(number: string): boolean {
  return ISSUERS.some((issuer) => {
    const prefix = Number(number.slice(0, issuer.digits));
    return prefix >= issuer.from && prefix <= issuer.to && issuer.lengths.includes(number.length);
  });
}

function validCard(secret: string): boolean {
  const separators = new Set(secret.match(/[ -]/g) ?? []);
  if (separators.size > 1) return false; // 4111-1111 1111-1111: mixed separators are not a written card number
  const number = secret.replace(/[ -]/g, '');
  return luhn(number) && issued(number);
}

/** Runs of consecutive lengths, so `[13, 16, 19]` becomes `{12}`, `{15}`, `{18}` after a 1-digit prefix. */
function lengthRuns(lengths: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const length of [...lengths].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === length - 1) last[1] = length;
    else runs.push([length, length]);
  }
  return runs;
}

/**
 * One unbroken run of exactly the lengths each issuer issues after its own prefix range. A looser
 * `[2-6][0-9]{12,18}` also matches what telemetry is full of: pino's 13-digit `time` from 2033 on (it starts with
 * 2), 16-digit µs and 19-digit ns timestamps, 64-bit ids; each such line then took the slow path (6× a clean
 * line). Only Mir (2200-2204) issues 17-19 digits starting with 2, and nobody issues 13 digits starting with 2 or 3.
 */
const UNBROKEN = ISSUERS.flatMap((issuer) =>
  lengthRuns(issuer.lengths).map(([shortest, longest]) => {
    const rest = shortest === longest ? `{${shortest - issuer.digits}}` : `{${shortest - issuer.digits},${longest - issuer.digits}}`;
    return `(?:${digitRange(issuer.from, issuer.to, issuer.digits)})[0-9]${rest}`;
  }),
).join('|');
/** 4-4-4-4 and 4-4-4-4-3, single spaces or dashes. */
const GROUPS_4 = String.raw`[2-6][0-9]{3}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{3})?`;
/** 4-6-5 (American Express) and 4-6-4 (Diners Club). */
const GROUPS_4_6 = String.raw`3[0-9]{3}[ -][0-9]{6}[ -][0-9]{4,5}`;

/** A number never continues a word, an id (`ord_…`, `v1.…`, `+…`) or a longer digit run. */
const BOUNDARY = String.raw`(?:^|[^0-9A-Za-z_.+-]|\\[nrt])`;



const visa = withLuhn('4' + fake('cc-visa', 14, DIGITS));
const mastercard = withLuhn('53' + fake('cc-mc', 13, DIGITS));
const mastercard2 = withLuhn('2231' + fake('cc-mc2', 11, DIGITS));
const amex = withLuhn('37' + fake('cc-amex', 12, DIGITS));
const discover = withLuhn('6011' + fake('cc-disc', 11, DIGITS));
const jcb = withLuhn('3541' + fake('cc-jcb', 11, DIGITS));
const diners = withLuhn('36' + fake('cc-diners', 11, DIGITS));
const unionpay = withLuhn('62' + fake('cc-up', 16, DIGITS));
/** Visa-shaped with the check digit moved off by one: fails Luhn. */
const badLuhn = visa.slice(0, -1) + String((Number(visa.slice(-1)) + 1) % 10);
/** Luhn-valid but from no issuer's range (starts 2024, not 2221-2720). */
const noIssuer = withLuhn('2024' + fake('cc-none', 11, DIGITS));

export default defineDetector({
  id: 'credit-card',
  description:
    'Payment card number (PAN): Visa, Mastercard (51-55, 2221-2720), American Express, Discover, JCB, Diners Club, ' +
    'UnionPay, Mir; 13-19 digits, unbroken or grouped by single spaces or dashes (4-4-4-4, 4-6-5, 4-6-4); Luhn and ' +
    'issuer range and length are checked',
  category: 'pii',
  // Each shape after the same boundary as the pattern: an issued run that ends there (hex ids that start with
  // digits do not), 4-4-4-4, 4-6-4.
  trigger: String.raw`${BOUNDARY}(?:(?:${UNBROKEN})(?:[^0-9A-Za-z_]|$)|[2-6][0-9]{3}[ -][0-9]{4}[ -][0-9]{4}[ -][0-9]{4}|3[0-9]{3}[ -][0-9]{6}[ -][0-9]{4})`,
  pattern: String.raw`${BOUNDARY}(?P<secret>${UNBROKEN}|${GROUPS_4}|${GROUPS_4_6})\b`,
  validate: validCard,
  priority: 40,
  samples: {
    positive: [
      visa,
      groupDigits(mastercard, [4, 4, 4, 4], ' '),
      groupDigits(mastercard2, [4, 4, 4, 4], '-'),
      groupDigits(amex, [4, 6, 5], ' '),
      `card=${discover}`,
      jcb,
      groupDigits(diners, [4, 6, 4], ' '),
      unionpay,
    ],
    negative: [
      badLuhn,
      groupDigits(badLuhn, [4, 4, 4, 4], ' '),
      noIssuer,
      '1700000000000',
      '1700000000123456',
      'order 2024011500012345',
      `${groupDigits(visa, [4, 4], '-')} ${groupDigits(visa.slice(8), [4, 4], '-')}`,
      groupDigits(visa, [4, 4, 4, 4], '.'),
      '+1 415 555 0132',
    ],
  },
});
