import { defineDetector } from '../../src/engine/detector.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';
import { quotedCredential } from '../lib/quoted-credential.js';
import { LOWER, fake } from '../lib/sample.js';

const words = (seed: string): string => [1, 2, 3, 4].map((n) => fake(`${seed}-${n}`, 5 + n, LOWER)).join(' ');

export default defineDetector(
  quotedCredential('"', {
    positive: [
      `password="${words('qc-1')}"`,
      `"password": "${fake('qc-2', 8)} with spaces",`,
      `  passphrase: "${words('qc-3')}"`,
      `--password "${fake('qc-4a', 6)} ${fake('qc-4b', 9)}"`,
      `DB_PASSWORD="${fake('qc-5a', 6)}&${fake('qc-5b', 4)};${fake('qc-5c', 5)}"`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      '"password": "must be at least 8 characters"',
      '"password": "This field is required."',
      'password="${DB_PASSWORD}"',
      '"token": "expired because of clock skew"',
      '"password": "[REDACTED]"',
      'password "is required"',
      '"password_hint": "first pet and year"',
    ],
  }),
);
