import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, HEX, fake } from '../lib/sample.js';
import { randomAlnum, randomMixedCase } from '../lib/token-shape.js';

export default defineDetector({
  id: 'square-access-token',
  description:
    'Square access token: EAAA + 60 base64url characters (production and sandbox), and the legacy sq0atp- + 22 base64url characters',
  category: 'secret',
  // Case-sensitive: `eaaa…` inside lower-case hex digests is common, EAAA + mixed-case base64url is not.
  trigger: 'EAAA[A-Za-z0-9_-]|sq0atp-',
  pattern: String.raw`${TOKEN_START}(?P<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) =>
    secret.startsWith('EAAA') ? randomMixedCase(secret.slice(4)) : randomAlnum(secret.slice(7)),
  samples: {
    positive: [
      `EAAA${fake('square-1', 60, BASE64URL)}`,
      `SQUARE_ACCESS_TOKEN=EAAA${fake('square-2', 60, BASE64URL)}`,
      `sq0atp-${fake('square-3', 22, BASE64URL)}`,
    ],
    negative: [
      `aws-cli@sha256:eaaa${fake('square-digest', 60, HEX)}`,
      `EAAA${fake('square-short', 30, BASE64URL)}`,
      `EAAA${fake('square-long', 180, BASE64URL)}`,
      'sq0atp-XXXXXXXXXXXXXXXXXXXXXX',
      'SQUARE_ACCESS_TOKEN=${SQUARE_ACCESS_TOKEN}',
    ],
  },
});
