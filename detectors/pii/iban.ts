import { defineDetector } from '../../src/engine/detector.js';
import { ibanValid } from '../../src/validators/iban.js';
import { ALNUM_UPPER, DIGITS, fake, ibanFor } from '../lib/sample.js';

/**
 * International Bank Account Number: country code, two check digits, then the country's BBAN, 15-34 characters
 * in all; written unbroken (`DE89370400440532013000`) or in groups of four separated by single spaces
 * (`DE89 3704 0044 0532 0130 00`). The ISO 7064 mod-97 check and the country's fixed length are both verified.
 * When a word of 1-4 characters follows a spaced IBAN (`… 1332 EUR`), it can join the last group; the validator
 * then accepts the IBAN without it (and that word is redacted with it).
 */
const BOUNDARY = String.raw`(?:^|[^0-9A-Za-z]|\\[nrt])`;
const UNBROKEN = String.raw`[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}`;
const SPACED = String.raw`[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?`;

function validIban(secret: string): boolean {
  if (ibanValid(secret)) return true;
  const cut = secret.lastIndexOf(' ');
  return cut > 0 && ibanValid(secret.slice(0, cut));
}

const iban = ibanFor;

const spaced = (value: string): string => value.replace(/(.{4})(?!$)/g, '$1 ');

const de = iban('DE', fake('iban-de', 18, DIGITS));
const gb = iban('GB', `WEST${fake('iban-gb', 14, DIGITS)}`);
const fr = iban('FR', `${fake('iban-fr', 10, DIGITS)}${fake('iban-fr2', 11, ALNUM_UPPER)}${fake('iban-fr3', 2, DIGITS)}`);
const nl = iban('NL', `ABNA${fake('iban-nl', 10, DIGITS)}`);
const es = iban('ES', fake('iban-es', 20, DIGITS));
const ch = iban('CH', fake('iban-ch', 17, DIGITS));
/** Right shape and country, check digits off by one. */
const badCheck = de.slice(0, 2) + String((Number(de.slice(2, 4)) + 1) % 100).padStart(2, '0') + de.slice(4);

export default defineDetector({
  id: 'iban',
  description:
    'IBAN (international bank account number), unbroken or in groups of four: ISO 7064 mod-97 check digits and the ' +
    "country's registered length are verified",
  category: 'pii',
  trigger: String.raw`${BOUNDARY}[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11}| [A-Z0-9]{4} [A-Z0-9]{4})`,
  pattern: String.raw`${BOUNDARY}(?P<secret>${SPACED}|${UNBROKEN})\b`,
  validate: validIban,
  priority: 40,
  samples: {
    positive: [de, spaced(gb), `iban=${fr}`, spaced(nl), `IBAN: ${spaced(es)} EUR`, ch, `"iban":"${spaced(de)}"`],
    negative: [
      badCheck,
      spaced(badCheck),
      `XX${de.slice(2)}`,
      `${de}0`,
      'DE00 0000 0000 0000 0000 00',
      'GB82WEST1234569876543',
      'request AB12CDEF34567890GHIJ',
      'SKU US12 ABCD EFGH 1234',
      `${de.toLowerCase()}`,
    ],
  },
});
