import { defineDetector } from '../../src/engine/detector.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';
import { quotedCredential } from '../lib/quoted-credential.js';
import { LOWER, fake } from '../lib/sample.js';

const words = (seed: string): string => [1, 2, 3].map((n) => fake(`${seed}-${n}`, 5 + n, LOWER)).join(' ');

export default defineDetector(
  quotedCredential("'", {
    positive: [
      `password='${words('sq-1')}'`,
      `export PGPASSWORD='${fake('sq-2a', 7)} ${fake('sq-2b', 5)}'`,
      `mysql --password='${fake('sq-3a', 6)};${fake('sq-3b', 6)}' -h db`,
      `{'password': '${fake('sq-4a', 6)}, ${fake('sq-4b', 6)}'}`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      "password='must be at least 8 characters'",
      "password='${DB_PASSWORD}'",
      "'token': 'expired because of clock skew'",
      "password 'is required'",
    ],
  }),
);
