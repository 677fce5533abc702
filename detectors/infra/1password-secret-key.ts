import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM_UPPER, fake } from '../lib/sample.js';

/**
 * The 1Password account Secret Key: version `A3`, a 6-character account id and 26 secret characters, uppercase
 * alphanumerics, grouped `A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX` (older exports join the second and third groups:
 * `A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX`).
 */
const GROUPS = String.raw`A3-[A-Z0-9]{6}-(?:[A-Z0-9]{6}-[A-Z0-9]{5}|[A-Z0-9]{11})(?:-[A-Z0-9]{5}){3}`;

const key = (seed: string): string => {
  const body = fake(seed, 32, ALNUM_UPPER);
  return `A3-${body.slice(0, 6)}-${body.slice(6, 12)}-${body.slice(12, 17)}-${body.slice(17, 22)}-${body.slice(22, 27)}-${body.slice(27)}`;
};

export default defineDetector({
  id: '1password-secret-key',
  description:
    '1Password account Secret Key: A3- + account id + 26 uppercase alphanumerics in dash-separated groups ' +
    '(A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX)',
  category: 'secret',
  // `a3-` (any case) ends many UUID groups; the trigger asks for the uppercase version and the account id group.
  trigger: String.raw`A3-[A-Z0-9]{6}-`,
  pattern: String.raw`${TOKEN_START}(?P<secret>${GROUPS})\b`,
  validate: (secret) => !looksFake(secret.slice(3).replace(/-/g, '')),
  samples: {
    positive: [
      key('op-sk-1'),
      `OP_SECRET_KEY="${key('op-sk-2')}"`,
      key('op-sk-3').replace(/^(A3-\w{6}-\w{6})-/, '$1'),
    ],
    negative: [
      'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
      'A3-xXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
      key('op-sk-4').toLowerCase(),
      key('op-sk-5').slice(0, -6),
      'A3-123456-ABCDEF-GHIJK-LMNOP-QRSTU-VWXYZ',
    ],
  },
});
